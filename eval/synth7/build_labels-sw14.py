"""Builds labels.jsonl for sw14 from compact specs (key substring -> whole line, or exact sentence)."""
import json, os
BASE = os.path.dirname(os.path.abspath(__file__))
ID = "sw14"

def T(holder, trigger, note=""): return {"holder": holder, "trigger": trigger, "note": note}
def P(percent=None, amount=None, floor=None, base=None, per_day=False, note=""):
    return {"percent": percent, "amount": amount, "floor": floor, "base": base, "per_day": per_day, "note": note}
def N(days, purpose, note=""): return {"notice_days": days, "purpose": purpose, "note": note}
def R(days, note=""): return {"renewal_term_days": days, "note": note}

# each spec: (family, key, mode, values)  mode "L" = whole line containing key; "S" = key is the exact sentence
CONTRACTS = []

CONTRACTS.append(dict(
 file="texts/sw14-en-01-cobranding-hosting.txt",
 parties=[{"label": "Quillstream", "role": "provider", "name": "Quillstream Networks, Inc."},
          {"label": "Harborlight", "role": "client", "name": "Harborlight Media Corp."}],
 labels=[
  ("termination", "2.6 Suspension.", "L", T("provider", "for_cause", "suspension of hosting (interruption of a service under the contract) for non-payment / infringing content")),
  ("termination", "Quillstream may terminate this Agreement at any time, for any reason, upon ninety (90) days' prior written notice to Harborlight.", "S", T("provider", "at_will")),
  ("termination", "Harborlight may terminate this Agreement for convenience at any time after the first anniversary of the Launch Date upon one hundred twenty (120) days' prior written notice to Quillstream, subject to Section 12.8.", "S", T("client", "at_will")),
  ("termination", "12.4 Change of Control.", "L", T("provider", "for_cause", "change of control / competing deal")),
  ("termination", "12.5 Failure to Meet Minimums.", "L", T("provider", "missed_target", "minimum page views")),
  ("termination", "12.6 Availability Failure.", "L", T("client", "missed_target", "availability below 96% in 3 of 12 months")),
  ("termination", "12.7 Termination for Breach.", "L", T("either", "for_cause")),
  ("termination", "12.9 Insolvency.", "L", T("either", "for_cause", "list lead-in")),
  ("termination", "(a) becomes insolvent or admits in writing", "L", T("either", "for_cause", "list item")),
  ("termination", "(b) files a voluntary petition", "L", T("either", "for_cause", "list item")),
  ("termination", "(c) makes a general assignment for the benefit of creditors or has a receiver", "L", T("either", "for_cause", "list item")),
  ("termination", "(d) ceases to conduct business in the ordinary course.", "L", T("either", "for_cause", "list item")),
  ("termination", "13.2 If a Force Majeure Event prevents", "L", T("either", "force_majeure")),
  ("penalty", "6.2 Any amount not paid when due", "L", P(percent=1.5, base="overdue amount", note="late interest 1.5% per month, or legal maximum if less")),
  ("penalty", "12.8 Early Termination Fee.", "L", P(amount="blank", base="monthly Hosting Fees x [***] months", note="early termination fee; number of months redacted")),
  ("notice", "2.6 Suspension.", "L", N(10, "suspension")),
  ("notice", "5.5 Price Changes.", "L", N(45, "price_change")),
  ("notice", "12.2 Renewal.", "L", N(60, "non_renewal")),
  ("notice", "Quillstream may terminate this Agreement at any time, for any reason, upon ninety (90) days' prior written notice to Harborlight.", "S", N(90, "termination")),
  ("notice", "Harborlight may terminate this Agreement for convenience at any time after the first anniversary of the Launch Date upon one hundred twenty (120) days' prior written notice to Quillstream, subject to Section 12.8.", "S", N(120, "termination")),
  ("auto_renewal", "12.2 Renewal.", "L", R(365)),
 ],
 hn=[
  ("termination", "12.1 Term.", "L", "plain expiry of the Initial Term, no early-termination right"),
  ("termination", "12.11 Survival.", "L", "survival clause mentions termination but grants no right"),
  ("penalty", "Below 96.00% | 20%", "L", "service credit row (sole remedy credit), not a penalty per convention"),
  ("penalty", "If the Co-Branded Site fails to reach the Minimum Page Views for any calendar quarter, Harborlight's share for that quarter shall be reduced to thirty-three percent (33%).", "S", "revenue-share reduction for missed KPI, not a penalty"),
  ("penalty", "10.1 Harborlight shall indemnify", "L", "general indemnity for losses, not liquidated damages"),
  ("penalty", "6.3 Harborlight shall reimburse Quillstream for all reasonable costs of collection", "L", "reimbursement of collection costs, not a fixed or percentage charge"),
  ("penalty", "5.1 Set-Up Fee.", "L", "non-refundable fee, not a forfeiture triggered by breach or termination"),
  ("notice", "The affected party shall notify the other party within five (5) business days after the onset of the Force Majeure Event.", "S", "after-the-fact force-majeure report, not an advance notice period"),
  ("notice", "Harborlight shall pay each invoice within thirty (30) days after the invoice date.", "S", "payment deadline after invoice, not advance notice"),
  ("auto_renewal", "At Harborlight's request, Quillstream shall continue to display a redirect page", "S*", "post-termination redirect for 30 days, not a continuation of the Agreement"),
 ]))

CONTRACTS.append(dict(
 file="texts/sw14-en-02-software-dev-license.txt",
 parties=[{"label": "the Company", "role": "client", "name": "Marrowind Financial Corporation"},
          {"label": "Tessellate", "role": "provider", "name": "Tessellate Systems, Inc."}],
 labels=[
  ("termination", "3.4 Repeated Failure.", "L", T("client", "for_cause", "option (c): terminate after third failed acceptance")),
  ("termination", "3.6 Extended Delay.", "L", T("client", "for_cause", "delay of Final Release beyond 75 days")),
  ("termination", "8.5 After the fifth anniversary", "L", T("provider", "at_will", "discontinuation of Maintenance Services (termination of a service under the contract)")),
  ("termination", "13.1 Termination for Convenience.", "L", T("client", "at_will")),
  ("termination", "13.3 Termination by the Company for Cause.", "L", T("client", "for_cause", "list lead-in")),
  ("termination", "(a) Tessellate materially breaches this Agreement", "L", T("client", "for_cause", "list item")),
  ("termination", "(b) Tessellate undergoes a change of control", "L", T("client", "for_cause", "list item; change of control")),
  ("termination", "(c) Tessellate becomes insolvent", "L", T("client", "for_cause", "list item; insolvency")),
  ("termination", "(d) any of the events described in Section 3.4 or Section 3.6 occurs.", "L", T("client", "for_cause", "list item; cross-reference")),
  ("termination", "13.4 Termination by Tessellate.", "L", T("provider", "for_cause", "non-payment")),
  ("termination", "14.2 If a force majeure event delays", "L", T("client", "force_majeure")),
  ("penalty", "3.5 Delay; Liquidated Damages.", "L", P(percent=0.1, base="Milestone Fee for the delayed Deliverable", per_day=True, note="liquidated damages per day of delay, capped at 10% of the Milestone Fee")),
  ("penalty", "4.4 Forfeiture of Holdback.", "L", P(percent=12, base="each Milestone Fee (the Holdback, Section 4.3)", note="forfeiture of retained amount on termination for cause")),
  ("penalty", "4.5 Late Payment.", "L", P(percent=2, base="undisputed overdue amount", note="late interest at prime rate plus 2% per annum")),
  ("penalty", "13.2 Payments on Convenience Termination.", "L", P(percent=8, base="unpaid balance of the Development Fee", note="termination fee in item (c); items (a)-(b) are payment for work")),
  ("notice", "Tessellate shall not remove or replace the Project Manager or the Lead Architect without giving the Company at least fifteen (15) days' prior written notice", "S*", N(15, "personnel_change")),
  ("notice", "8.2 Renewal of Maintenance.", "L", N(30, "other", "notice exercising the renewal option")),
  ("notice", "8.3 Maintenance Fee Adjustments.", "L", N(90, "price_change")),
  ("notice", "8.5 After the fifth anniversary", "L", N(270, "termination", "nine months; discontinuation of maintenance service")),
  ("notice", "13.1 Termination for Convenience.", "L", N(45, "termination")),
  ("auto_renewal", "8.2 Renewal of Maintenance.", "L", R(365, "option")),
 ],
 hn=[
  ("termination", "The license granted in this Section 5.1 is perpetual and irrevocable and shall not be terminated by Tessellate for any reason", "S*", "bar on terminating the license, not a termination right"),
  ("termination", "6.2 Release Conditions.", "L", "escrow release on insolvency, not termination of the contract"),
  ("termination", "8.4 Discontinuation.", "L", "bar on discontinuing maintenance"),
  ("termination", "13.6 Survival.", "L", "survival clause"),
  ("penalty", "4.3 Holdback.", "L", "retention paid later, not a forfeiture or penalty by itself"),
  ("penalty", "8.7 If Tessellate fails to meet the Response Time", "L", "service credit for missed KPI"),
  ("penalty", "10.1 Tessellate shall defend, indemnify", "L", "IP indemnity for losses"),
  ("notice", "2.3 Change Orders.", "L", "terms change with no advance period"),
  ("notice", "3.2 Acceptance Testing.", "L", "test period after delivery, not advance notice"),
  ("auto_renewal", "12.2 Any extension of the development phase", "L", "extension only by written amendment signed by both parties"),
 ]))

CONTRACTS.append(dict(
 file="texts/sw14-en-03-strategic-alliance.txt",
 parties=[{"label": "Corvane", "role": "provider", "name": "Corvane Optical Systems, Inc."},
          {"label": "Brightpath", "role": "client", "name": "Brightpath Integration Services, Inc."}],
 labels=[
  ("termination", "6.2 Termination for Missed Target.", "L", T("provider", "missed_target")),
  ("termination", "12.2 Continuation.", "L", T("either", "at_will", "month-to-month continuation terminable on notice")),
  ("termination", "13.2 Termination for Convenience.", "L", T("either", "at_will")),
  ("termination", "13.3 Termination for Breach.", "L", T("either", "for_cause")),
  ("termination", "If either party undergoes a Change of Control in which it becomes controlled by a Competitor of the other party, the other party may terminate this Agreement by written notice given within sixty (60) days after it learns of the Change of Control.", "S", T("either", "for_cause", "change of control")),
  ("termination", "13.5 Automatic Termination.", "L", T("none", "automatic")),
  ("termination", "15.2 If a force majeure event continues", "L", T("either", "force_majeure", "the party not affected (either party)")),
  ("penalty", "7.2 Late Charges.", "L", P(percent=1, base="overdue amount", note="late charge 1% per month or legal maximum if less")),
  ("penalty", "9.3 Liquidated Damages.", "L", P(percent=100, base="hired employee's annual base salary", note="liquidated damages for breach of non-solicitation")),
  ("notice", "Each party shall give the other at least twenty (20) days' prior written notice before replacing its Alliance Manager, except where the replacement results from resignation, death or disability.", "S", N(20, "personnel_change")),
  ("notice", "Corvane may reduce the discounts in Section 5.1 upon not less than forty-five (45) days' prior written notice to Brightpath, provided that no such change shall apply to purchase orders accepted before the effective date of the change.", "S", N(45, "price_change")),
  ("notice", "5.3 Program Guide.", "L", N(30, "terms_change")),
  ("notice", "6.2 Termination for Missed Target.", "L", N(30, "termination")),
  ("notice", "12.2 Continuation.", "L", N(60, "termination")),
  ("notice", "13.2 Termination for Convenience.", "L", N(90, "termination")),
  ("notice", "15.2 If a force majeure event continues", "L", N(15, "termination")),
  ("auto_renewal", "12.2 Continuation.", "L", R(30, "month-to-month continuation after Initial Term")),
 ],
 hn=[
  ("termination", "If Brightpath fails to meet this requirement, Corvane may, by written notice, convert the exclusivity under Section 2.3 to non-exclusive status; such conversion shall not otherwise affect this Agreement.", "S", "loss of exclusivity, the Agreement continues"),
  ("termination", "13.1 No Early Convenience Termination.", "L", "bar on terminating for convenience"),
  ("penalty", "4.3 Unused MDF.", "L", "expiry of unspent marketing funds, not a forfeiture for breach"),
  ("penalty", "6.3 Discount Adjustment.", "L", "price adjustment for missed target, not a penalty"),
  ("penalty", "10.2 Each party shall indemnify", "L", "indemnity for losses"),
  ("notice", "Corvane may change its list prices at any time.", "S", "price change with no advance period"),
  ("notice", "Each party shall notify the other of any such Change of Control within five (5) business days after its closing.", "S", "after-the-fact notification"),
  ("notice", "Approval shall not be unreasonably withheld and shall be deemed given if no objection is received within seven (7) business days after submission.", "S", "response period after submission"),
  ("auto_renewal", "12.3 Extension for a Fixed Period.", "L", "fixed-period extension requires written amendment by both parties"),
  ("auto_renewal", "13.7 Sell-Off Period.", "L", "post-termination sell-off, not continuation of the Agreement"),
 ]))

CONTRACTS.append(dict(
 file="texts/sw14-en-04-manufacturing-supply.txt",
 parties=[{"label": "Ardent", "role": "provider", "name": "Ardent Polymer Works, Inc."},
          {"label": "the Company", "role": "client", "name": "Solvane Medical Devices Corp."}],
 labels=[
  ("termination", "The Company may cancel all or part of any Purchase Order upon written notice received by Ardent at least twenty-one (21) days before the scheduled ship date, subject to a cancellation charge equal to [***] percent of the purchase price of the cancelled Products.", "S", T("client", "at_will", "cancellation of a purchase order (cancelling an order under the contract)")),
  ("termination", "4.3 Termination for Failure to Meet Minimums.", "L", T("provider", "missed_target")),
  ("termination", "5.5 Suspension of Shipments.", "L", T("provider", "for_cause", "suspension of shipments (interruption of supply) for non-payment")),
  ("termination", "14.2 Breach.", "L", T("either", "for_cause")),
  ("termination", "14.3 Change of Control.", "L", T("provider", "for_cause", "change of control to a competitor")),
  ("termination", "14.4 Delivery Performance.", "L", T("client", "missed_target", "on-time delivery below 90%")),
  ("termination", "14.5 Loss of Regulatory Approval.", "L", T("none", "automatic")),
  ("termination", "14.6 Insolvency.", "L", T("either", "for_cause")),
  ("termination", "15.2 If a Force Majeure Event prevents Ardent", "L", T("client", "force_majeure")),
  ("penalty", "The Company may cancel all or part of any Purchase Order upon written notice received by Ardent at least twenty-one (21) days before the scheduled ship date, subject to a cancellation charge equal to [***] percent of the purchase price of the cancelled Products.", "S", P(percent="blank", base="purchase price of the cancelled Products", note="cancellation charge; percentage redacted")),
  ("penalty", "4.2 Shortfall Payment.", "L", P(percent=22, base="then-current Unit Price x shortfall units", note="take-or-pay shortfall payment stated as estimate of damages")),
  ("penalty", "5.4 Late Payment.", "L", P(percent=12, base="overdue amount", note="12% per annum, calculated daily")),
  ("penalty", "5.7 Forfeiture of Tooling Deposit.", "L", P(base="uncredited balance of the Tooling Deposit ($84,000, Section 5.6)", note="deposit forfeiture on termination by Ardent")),
  ("penalty", "6.2 Late Delivery.", "L", P(percent=0.5, base="price of the late Products", note="liquidated damages per full week of delay, capped at 6%; given as a credit")),
  ("notice", "3.2 Purchase Orders.", "L", N(75, "other", "order lead time")),
  ("notice", "The Company may cancel all or part of any Purchase Order upon written notice received by Ardent at least twenty-one (21) days before the scheduled ship date, subject to a cancellation charge equal to [***] percent of the purchase price of the cancelled Products.", "S", N(21, "other", "cancellation of a purchase order")),
  ("notice", "4.3 Termination for Failure to Meet Minimums.", "L", N(60, "termination")),
  ("notice", "5.2 Price Adjustments.", "L", N(90, "price_change")),
  ("notice", "5.5 Suspension of Shipments.", "L", N(5, "suspension", "business days")),
  ("notice", "7.4 Audits.", "L", N(10, "other", "audit; business days")),
  ("notice", "7.5 Changes.", "L", N(150, "other", "change of site, materials or process")),
  ("notice", "13.2 Renewal.", "L", N(270, "non_renewal", "nine months")),
  ("notice", "14.3 Change of Control.", "L", N(90, "termination")),
  ("auto_renewal", "13.2 Renewal.", "L", R(730)),
 ],
 hn=[
  ("termination", "Purchase Orders may not be cancelled less than twenty-one (21) days before the scheduled ship date.", "S", "bar on cancellation"),
  ("termination", "14.1 No Termination for Convenience.", "L", "bar on terminating for convenience"),
  ("penalty", "7.3 Nonconforming Products.", "L", "replacement or credit of price, a warranty remedy"),
  ("penalty", "11.1 IN NO EVENT SHALL EITHER PARTY", "L", "limitation of liability cap"),
  ("penalty", "14.8 Inventory.", "L", "purchase of inventory at cost plus 8% on termination, payment for goods rather than a fee"),
  ("penalty", "9.2 Recalls.", "L", "reimbursement of recall costs"),
  ("notice", "Ardent shall accept or reject each Purchase Order within five (5) business days after receipt.", "S", "response deadline after receipt"),
  ("notice", "7.2 Inspection.", "L", "rejection period after receipt"),
  ("notice", "15.1 Neither party shall be liable for any delay", "L", "force-majeure notice with no period"),
  ("auto_renewal", "14.7 Final Orders.", "L", "last-time buy after termination, not continuation of the Agreement"),
 ]))

CONTRACTS.append(dict(
 file="texts/sw14-en-05-it-outsourcing.txt",
 parties=[{"label": "the Customer", "role": "client", "name": "Lindqvist Freight Holdings, Inc."},
          {"label": "Kestrel", "role": "provider", "name": "Kestrel Data Services, LLC"}],
 labels=[
  ("termination", "3.4 Chronic Failure.", "L", T("client", "missed_target", "chronic Critical Service Level failure")),
  ("termination", "13.1 Termination for Convenience.", "L", T("client", "at_will")),
  ("termination", "13.4 Termination for Cause.", "L", T("client", "for_cause", "list lead-in")),
  ("termination", "(a) Kestrel commits a material breach", "L", T("client", "for_cause", "list item")),
  ("termination", "(b) Kestrel commits numerous breaches", "L", T("client", "for_cause", "list item")),
  ("termination", "(c) Kestrel becomes insolvent", "L", T("client", "for_cause", "list item")),
  ("termination", "(d) Kestrel undergoes a change of control", "L", T("client", "for_cause", "list item")),
  ("termination", "(e) the circumstances described in Section 3.4 occur.", "L", T("client", "missed_target", "list item; cross-reference to chronic SLA failure")),
  ("termination", "13.5 Force Majeure.", "L", T("client", "force_majeure")),
  ("termination", "13.6 Regulatory Change.", "L", T("client", "for_cause", "regulatory change")),
  ("termination", "13.7 Termination by Kestrel.", "L", T("provider", "for_cause", "non-payment")),
  ("penalty", "2.4 Delay Payments.", "L", P(base="Delay Payment per Day (Section 2.3 table)", per_day=True, note="liquidated damages, max 45 days per milestone")),
  ("penalty", "Help desk cutover | 75 days after Effective Date | $1,600", "L", P(amount=1600, per_day=True, note="table row")),
  ("penalty", "Network monitoring cutover | 90 days after Effective Date | $1,900", "L", P(amount=1900, per_day=True, note="table row")),
  ("penalty", "Data center migration complete | 120 days after Effective Date | $2,750", "L", P(amount=2750, per_day=True, note="table row")),
  ("penalty", "5.4 Late Payment.", "L", P(percent=0.75, base="undisputed overdue amount", note="per month")),
  ("penalty", "13.1 Termination for Convenience.", "L", P(base="Termination Charge (Section 13.2)", note="termination fee applied by reference")),
  ("penalty", "13.2 Termination Charges.", "L", P(base="table by Contract Year, prorated for partial termination", note="termination fee lead-in")),
  ("penalty", "During Contract Year 1 | $1,460,000", "L", P(amount=1460000, note="table row")),
  ("penalty", "During Contract Year 2 | $1,095,000", "L", P(amount=1095000, note="table row")),
  ("penalty", "During Contract Year 3 | $720,000", "L", P(amount=720000, note="table row")),
  ("penalty", "During Contract Year 4 | $340,000", "L", P(amount=340000, note="table row")),
  ("notice", "2.5 Scheduled Maintenance.", "L", N(5, "suspension", "business days; planned unavailability")),
  ("notice", "4.2 Replacement.", "L", N(60, "personnel_change")),
  ("notice", "5.2 Adjustments.", "L", N(75, "price_change")),
  ("notice", "12.2 Extension Option.", "L", N(90, "other", "notice exercising the extension option")),
  ("notice", "13.1 Termination for Convenience.", "L", N(120, "termination")),
  ("notice", "13.6 Regulatory Change.", "L", N(90, "termination")),
  ("auto_renewal", "12.2 Extension Option.", "L", R(365, "option; up to two one-year extensions")),
  ("auto_renewal", "12.3 Holdover.", "L", R(30, "option; month-to-month holdover at Customer's election, up to six months")),
 ],
 hn=[
  ("penalty", "Data center system availability (Critical) | 99.8% | 6% of monthly Charges for the Data Center Tower", "L", "service credit row"),
  ("penalty", "3.3 Nature of Service Credits.", "L", "service credits expressly not a penalty"),
  ("penalty", "13.3 No Termination Charge shall be payable", "L", "exclusion of the termination charge"),
  ("penalty", "10.1 Kestrel shall indemnify", "L", "indemnity for losses"),
  ("termination", "7.1 If Kestrel fails to provide any Critical Service", "L", "temporary step-in, the Agreement continues"),
  ("termination", "13.8 No Other Termination by Kestrel.", "L", "bar on termination/suspension by Kestrel"),
  ("termination", "4.3 Removal.", "L", "removal of personnel, not termination of the contract"),
  ("notice", "6.3 Security Incidents.", "L", "after-the-fact incident notice"),
  ("notice", "3.5 Root Cause Analysis.", "L", "deadline after failure"),
  ("auto_renewal", "13.9 Termination Assistance.", "L", "post-termination assistance, not renewal"),
 ]))

CONTRACTS.append(dict(
 file="texts/sw14-en-06-trademark-franchise.txt",
 parties=[{"label": "Licensor", "role": "provider", "name": "Marigold Hearth Brands, Inc."},
          {"label": "Licensee", "role": "client", "name": "Orrin Valley Hospitality LLC"}],
 labels=[
  ("termination", "2.4 Failure to Meet Development Schedule.", "L", T("provider", "missed_target", "partial: development rights and territorial protection")),
  ("termination", "3.4 Holdover.", "L", T("provider", "at_will", "holdover terminable on 30 days' notice")),
  ("termination", "13.1 Automatic Termination.", "L", T("none", "automatic")),
  ("termination", "13.2 Termination Without Opportunity to Cure.", "L", T("provider", "for_cause", "list lead-in")),
  ("termination", "(a) fails to open the Initial Restaurant", "L", T("provider", "for_cause", "list item")),
  ("termination", "(b) abandons any Restaurant", "L", T("provider", "for_cause", "list item")),
  ("termination", "(c) fails, in any Contract Year after the second Contract Year", "L", T("provider", "missed_target", "list item; minimum Gross Sales")),
  ("termination", "(d) effects or attempts a Transfer", "L", T("provider", "for_cause", "list item; change of control via Transfer")),
  ("termination", "(e) is convicted of, or pleads no contest to", "L", T("provider", "for_cause", "list item")),
  ("termination", "(f) understates Gross Sales", "L", T("provider", "for_cause", "list item")),
  ("termination", "(g) receives three (3) or more notices of default", "L", T("provider", "for_cause", "list item")),
  ("termination", "13.3 Termination After Opportunity to Cure.", "L", T("provider", "for_cause")),
  ("termination", "13.4 Cross-Default.", "L", T("provider", "for_cause", "cross-default")),
  ("termination", "Licensee may terminate this Agreement only if Licensor materially breaches this Agreement and fails to cure such breach within sixty (60) days after receiving written notice from Licensee describing the breach in detail.", "S", T("client", "for_cause")),
  ("penalty", "Any payment not received by Licensor when due shall bear interest at the rate of one and one-half percent (1.5%) per month or the highest rate allowed by law, whichever is less.", "S", P(percent=1.5, base="overdue amount", note="per month")),
  ("penalty", "In addition, Licensee shall pay a late fee of $150 for each payment that is not received by the due date and $75 for each electronic funds transfer that is returned for insufficient funds.", "S", P(amount=150, note="per late payment; $75 per returned EFT")),
  ("penalty", "9.2 Audit.", "L", P(percent=1.5, base="understated Royalty Fees", note="applies Section 4.5 interest by reference; audit-cost reimbursement alone is not a penalty")),
  ("penalty", "14.1 Liquidated Damages.", "L", P(base="average monthly Royalty Fees x lesser of 36 and months remaining", note="liquidated damages on termination")),
  ("penalty", "14.3 Continued Use.", "L", P(amount=1200, per_day=True, note="per day of continued use of the Marks")),
  ("notice", "3.2 Renewal Option.", "L", N(270, "other", "not less than nine nor more than twelve months; exercise of renewal option")),
  ("notice", "3.4 Holdover.", "L", N(30, "termination")),
  ("notice", "6.2 Modifications.", "L", N(40, "terms_change")),
  ("notice", "11.2 By Licensee.", "L", N(60, "other", "proposed Transfer")),
  ("auto_renewal", "3.2 Renewal Option.", "L", R(3650, "option; one ten-year renewal")),
  ("auto_renewal", "3.4 Holdover.", "L", R(30, "month-to-month continuation by conduct")),
 ],
 hn=[
  ("penalty", "4.1 Initial Franchise Fee.", "L", "non-refundable initial fee, not a forfeiture for breach"),
  ("penalty", "4.4 Minimum Royalty.", "L", "minimum royalty top-up, a fee floor not a penalty"),
  ("penalty", "11.4 Transfer Fee.", "L", "administrative fee for consent to transfer"),
  ("penalty", "10.2 Licensee shall indemnify", "L", "indemnity for losses"),
  ("termination", "Any termination by Licensee on any other ground shall be deemed a termination without cause and a breach of this Agreement by Licensee.", "S", "deeming clause, grants no termination right"),
  ("termination", "3.1 Term.", "L", "plain expiry"),
  ("notice", "6.5 Inspections.", "L", "expressly without prior notice"),
  ("notice", "Licensee shall notify Licensor within three (3) days after learning of any apparent infringement of the Marks or any challenge to Licensee's use of them.", "S", "after-the-fact report"),
  ("notice", "18.1 Licensee acknowledges", "L", "pre-signing disclosure period, not a notice under the contract"),
  ("auto_renewal", "3.3 No Further Renewal.", "L", "renewal only by mutual written agreement"),
 ]))


def resolve(lines, key, mode):
    hits = [l for l in lines if key in l]
    if len(hits) != 1:
        raise SystemExit(f"key {key!r}: {len(hits)} line hits")
    line = hits[0]
    if mode == "L":
        return line
    if mode == "S":
        return key
    if mode == "S*":  # key is start of a sentence: extend to end of sentence
        i = line.index(key)
        j = line.find(". ", i + len(key))
        return line[i:] if j == -1 else line[i:j + 1]
    raise ValueError(mode)

out = []
for c in CONTRACTS:
    lines = open(os.path.join(BASE, c["file"]), encoding="utf-8").read().split("\n")
    labels = {"termination": [], "penalty": [], "notice": [], "auto_renewal": []}
    for fam, key, mode, vals in c["labels"]:
        item = {"text": resolve(lines, key, mode), "src": "writer"}
        item.update(vals)
        labels[fam].append(item)
    hns = [{"family": fam, "text": resolve(lines, key, mode), "src": "writer", "note": note} for fam, key, mode, note in c["hn"]]
    out.append({"file": c["file"], "lang": "en", "labels_by": ID, "title": lines[0], "parties": c["parties"],
                "labels": labels, "hard_negatives": hns})
with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(out))
