# English sample contracts for make_samples.py. Company names, addresses and numbers are fictitious.
from docxkit import add_numbering, new_document, para, parties, render_articles, signature_block, table, title


def _recitals(doc, items):
    para(doc, "BACKGROUND", bold=True)
    for i, text in enumerate(items):
        para(doc, "(%s)\t%s" % ("ABCDEFG"[i], text))
    para(doc, "NOW, THEREFORE, in consideration of the mutual covenants set out below, the parties agree as follows:")


# =========================================================================================== 06 SaaS

def sample_06(path):
    doc = new_document("en")
    num = add_numbering(doc, "en-decimal")
    title(doc, "SUBSCRIPTION SERVICES AGREEMENT", "Agreement No. SSA-2025-0419")
    para(doc, "This Subscription Services Agreement (the \"Agreement\") is entered into as of April 1, 2025 (the \"Effective Date\") by and between:")
    parties(doc, [
        ("Provider", [("", "Northwind Commerce Cloud Ltd."), ("Registered office", "Unit 1203, 88 Queensway, Admiralty, Hong Kong"),
                      ("Company No.", "3XXXXX1"), ("Notices to", "legal@northwind-cloud.example.com")]),
        ("Customer", [("", "Blue Harbor Trading Co., Ltd."), ("Registered office", "Room 506, No. XX Caoxi Road, Xuhui District, Shanghai, PRC"),
                      ("Attention", "Chief Operating Officer")]),
    ])
    _recitals(doc, [
        "Provider operates a cloud-based order management, inventory synchronisation and storefront analytics platform for online merchants (the \"Platform\").",
        "Customer operates online stores on Tmall, JD.com and Shopify and wishes to subscribe to the Platform on the terms of this Agreement.",
    ])
    fees = lambda d: table(d, ["Service", "Plan / Quantity", "Annual Fee (USD)", "Billing"], [
        ["Platform subscription", "Growth plan, up to 5 storefronts", "36,000", "Annually in advance"],
        ["Additional user seats", "10 seats", "4,800", "Annually in advance"],
        ["API calls above quota", "per 100,000 calls", "250", "Monthly in arrears"],
        ["Onboarding and data migration", "One-off", "6,500", "On the Effective Date"],
        ["Premium support (24x7)", "Optional", "7,200", "Annually in advance"],
    ], widths=[4.5, 4.5, 3.0, 3.5], caption="Schedule 1 - Order Form and Fees", total=("Total first-year fees", "USD 54,500"))
    articles = [
        ("Definitions", [
            "\"Customer Data\" means all data, including order, product, customer and transaction records, that Customer or its users submit to, or that are collected by, the Platform.",
            "\"Subscription Term\" means the Initial Term together with every Renewal Term.",
            "\"Documentation\" means Provider's then-current user guides and technical specifications for the Platform, as updated from time to time.",
        ]),
        ("Subscription", [
            "Subject to Customer's payment of the Fees, Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access and use the Platform for Customer's internal business purposes.",
            ("Customer shall not:", [
                "sublicense, resell or otherwise make the Platform available to any third party;",
                "reverse engineer, decompile or attempt to derive the source code of the Platform;",
                "use the Platform in breach of the rules of any marketplace on which Customer operates."]),
            "Provider may modify, add or remove features of the Platform at any time, provided that it does not materially reduce the core functionality described in the Documentation.",
        ]),
        ("Term and Renewal", [
            "This Agreement commences on the Effective Date and continues for an initial term of twelve (12) months (the \"Initial Term\").",
            "This Agreement shall automatically renew for successive twelve (12) month terms (each a \"Renewal Term\") unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.",
            "Provider may increase the Fees for any Renewal Term by up to ten percent (10%) over the Fees for the preceding term by notice to Customer given at least thirty (30) days before the start of that Renewal Term.",
        ]),
        ("Fees and Payment", [
            "Customer shall pay the fees set out in Schedule 1 (the \"Fees\").",
            fees,
            "Invoices are payable within fifteen (15) days of the invoice date. Late payments bear interest at one and a half percent (1.5%) per month or the maximum rate permitted by law, whichever is lower.",
            "All Fees are non-cancellable and non-refundable, including upon any termination or expiry of this Agreement and for any unused period of the Subscription Term.",
            "If any amount is more than ten (10) days overdue, Provider may suspend Customer's access to the Platform without liability until all overdue amounts are paid in full.",
        ]),
        ("Customer Data", [
            "As between the parties, Customer owns all Customer Data. Customer grants Provider a worldwide, royalty-free licence to host, copy, process and use Customer Data to provide and improve the Platform and to create aggregated and anonymised statistics, which Provider may use for any purpose.",
            "Provider shall implement reasonable technical and organisational measures to protect Customer Data against unauthorised access.",
            "For fifteen (15) days after the effective date of termination or expiry, Provider will make Customer Data available for export in CSV format. After that period Provider will delete all Customer Data and shall have no obligation to maintain or provide any Customer Data.",
        ]),
        ("Service Levels", [
            "Provider will use commercially reasonable efforts to make the Platform available 99.5% of the time in each calendar month, excluding scheduled maintenance and events outside Provider's reasonable control.",
            "Customer's sole and exclusive remedy for any failure to meet the availability target is a service credit of five percent (5%) of the monthly Fees for each full percentage point below the target, capped at twenty-five percent (25%) of the monthly Fees.",
        ]),
        ("Termination", [
            "Provider may terminate this Agreement for convenience at any time on thirty (30) days' written notice to Customer.",
            ("Customer may terminate this Agreement only for cause, if Provider:", [
                "commits a material breach of this Agreement that remains uncured thirty (30) days after written notice describing the breach in reasonable detail; or",
                "becomes insolvent, makes an assignment for the benefit of creditors or has a receiver appointed over its assets."]),
            "Upon any termination or expiry, all Fees for the remainder of the then-current term become immediately due and payable, except where Provider terminates for convenience.",
            "Sections 4, 5.3, 8, 9 and 11 survive termination or expiry of this Agreement.",
        ]),
        ("Limitation of Liability", [
            "IN NO EVENT SHALL PROVIDER BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR LOSS OF PROFITS, REVENUE, DATA OR GOODWILL, HOWEVER CAUSED.",
            "PROVIDER'S TOTAL AGGREGATE LIABILITY ARISING OUT OF OR RELATED TO THIS AGREEMENT SHALL NOT EXCEED THE FEES ACTUALLY PAID BY CUSTOMER IN THE THREE (3) MONTHS PRECEDING THE EVENT GIVING RISE TO THE CLAIM.",
            "Customer shall indemnify and hold harmless Provider from any claim arising out of Customer Data or Customer's use of the Platform.",
        ]),
        ("Confidentiality", [
            "Each party shall keep confidential the other party's Confidential Information and use it only to perform this Agreement, for the term of this Agreement and three (3) years thereafter.",
        ]),
        ("Notices", [
            "Notices to Provider must be sent by courier to its registered office with a copy to the e-mail address above. Provider may give notices to Customer by e-mail or by posting them in the Platform's administration console.",
        ]),
        ("Governing Law and Disputes", [
            "This Agreement is governed by the laws of the Hong Kong Special Administrative Region.",
            "Any dispute arising out of or in connection with this Agreement shall be submitted to the Hong Kong International Arbitration Centre and finally resolved by arbitration administered in Hong Kong under the HKIAC Administered Arbitration Rules.",
        ]),
        ("General", [
            "Provider may assign this Agreement to an affiliate or to a successor to its business without Customer's consent.",
            "Provider may amend these terms by posting an updated version on its website; continued use of the Platform after thirty (30) days constitutes acceptance.",
            "This Agreement, including its Schedules, is the entire agreement between the parties regarding its subject matter.",
        ]),
    ]
    render_articles(doc, articles, "auto", "en", num)
    signature_block(doc, "en", "NORTHWIND COMMERCE CLOUD LTD.", "BLUE HARBOR TRADING CO., LTD.")
    doc.save(path)


# =========================================================================================== 07 services

def sample_07(path):
    doc = new_document("en")
    title(doc, "PROFESSIONAL SERVICES AGREEMENT")
    para(doc, "This Professional Services Agreement (this \"Agreement\") is made on March 10, 2025 between:")
    parties(doc, [
        ("Consultant", [("", "Meridian Growth Partners Pte. Ltd."), ("Address", "#20-01, 1 Raffles Place, Singapore 048616"),
                        ("UEN", "2019XXXXXD")]),
        ("Client", [("", "Lotus Valley Foods Limited"), ("Address", "Flat B, 12/F, 33 Hung To Road, Kwun Tong, Kowloon, Hong Kong")]),
    ])
    _recitals(doc, [
        "The Client sells packaged food products through its own cross-border e-commerce stores and third-party marketplaces.",
        "The Consultant provides e-commerce strategy, marketplace operations and performance marketing services.",
    ])
    fees = lambda d: table(d, ["Workstream", "Deliverables", "Fee (USD)", "Invoicing"], [
        ["Marketplace operations", "Daily store operations for Lazada and Shopee (SG, MY)", "6,000 per month", "Monthly in advance"],
        ["Performance marketing", "Campaign planning and optimisation; media spend billed separately", "2,500 per month", "Monthly in advance"],
        ["Strategy workshops", "Two workshops per quarter", "3,000 per workshop", "On completion"],
        ["Reporting", "Monthly KPI dashboard and quarterly business review", "Included", "-"],
    ], widths=[3.5, 6.5, 3.0, 3.0], caption="Schedule A - Fee Schedule")
    articles = [
        ("Services", [
            "The Consultant shall provide the services described in Schedule A (the \"Services\") with reasonable skill and care.",
            "Changes to the scope of the Services must be agreed in a written change order signed by both parties.",
        ]),
        ("Term", [
            "This Agreement begins on April 1, 2025 and continues for two (2) years unless terminated earlier under Section 8.",
        ]),
        ("Fees", [
            "The Client shall pay the fees set out in the Fee Schedule below.",
            fees,
            "The Client commits to a minimum annual spend of USD 50,000 per contract year on Services (the \"Minimum Commitment\"). If the fees invoiced in a contract year are below the Minimum Commitment, the Consultant may invoice the shortfall at the end of that year, and the shortfall is payable whether or not Services were requested.",
            "Invoices are payable within thirty (30) days. The Consultant may suspend the Services if any invoice remains unpaid for more than fifteen (15) days after its due date.",
        ]),
        ("Media Spend", [
            "Media spend on marketplace advertising tools is paid by the Client directly to the relevant platform.",
            "The Consultant may adjust daily budgets within a range of plus or minus twenty percent (20%) of the approved monthly plan without further approval.",
        ]),
        ("Client Obligations", [
            "The Client shall grant the Consultant sub-account access to its seller centres and advertising accounts and shall provide product information, pricing and inventory data in a timely manner.",
        ]),
        ("Intellectual Property", [
            "All materials created by the Consultant in performing the Services, including creatives, copy and campaign structures, remain the property of the Consultant. The Client receives a non-exclusive licence to use them during the Term.",
        ]),
        ("Key Performance Indicators", [
            "The parties will review the KPIs set out in the quarterly business review. KPIs are targets only, and failure to achieve them does not constitute a breach of this Agreement or entitle the Client to any reduction of fees.",
        ]),
        ("Termination", [
            "Either party may terminate this Agreement for convenience on thirty (30) days' written notice to the other party.",
            "If the Client terminates this Agreement for convenience, or the Consultant terminates it for the Client's breach, the Client shall pay the Consultant, as liquidated damages and not as a penalty, twenty percent (20%) of the remaining Fees for the unexpired Term, but in no event less than USD 10,000.",
            "Either party may terminate this Agreement immediately by written notice if the other party commits a material breach that is not remedied within fourteen (14) days of a written request to do so.",
            "On termination, the Consultant will hand back the Client's account access; the Consultant is not obliged to deliver working files, campaign histories or reports not yet issued.",
        ]),
        ("Survival", [
            "Sections 3 (Fees), 6 (Intellectual Property), 8.2 (liquidated damages), 10 (Confidentiality), 11 (Notices) and 12 (Governing Law) survive any termination or expiry of this Agreement.",
        ]),
        ("Confidentiality", [
            "Each party shall treat as confidential all information received from the other party that is marked confidential or would reasonably be understood to be confidential.",
        ]),
        ("Notices", [
            "Any notice under this Agreement must be in writing and delivered by registered mail or by internationally recognised courier to the address of the recipient stated above. Notices sent by e-mail, instant messaging or any other electronic means are not valid notices under this Agreement.",
            "A notice is deemed received on the date of signature of the delivery receipt.",
        ]),
        ("Governing Law and Jurisdiction", [
            "This Agreement is governed by the laws of Singapore.",
            "The courts of Singapore have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.",
        ]),
        ("General", [
            "This Agreement may be amended only by a written instrument signed by authorised representatives of both parties.",
            "No failure or delay in exercising any right operates as a waiver of that right.",
        ]),
    ]
    render_articles(doc, articles, "typed", "en")
    signature_block(doc, "en", "MERIDIAN GROWTH PARTNERS PTE. LTD.", "LOTUS VALLEY FOODS LIMITED")
    doc.save(path)


# =========================================================================================== 09 fair services

def sample_09(path):
    doc = new_document("en")
    title(doc, "STORE MANAGEMENT SERVICES AGREEMENT")
    para(doc, "This Agreement is made on May 6, 2025 between Harbourlight Home Goods Ltd., of 14 Wellington Street, Central, Hong Kong "
              "(the \"Merchant\"), and Brightline Commerce Services Ltd., of 9/F, 200 Gloucester Road, Wan Chai, Hong Kong (the \"Provider\").")
    fees = lambda d: table(d, ["Item", "Amount (HKD)", "When payable"], [
        ["Monthly management fee", "38,000", "Monthly in arrears, within 15 days of invoice"],
        ["Performance bonus", "2% of net sales above HKD 1,500,000 per month", "Quarterly in arrears"],
        ["Security deposit", "None", "-"],
    ], widths=[5.0, 5.0, 6.0], caption="Schedule 1 - Fees")
    articles = [
        ("Services", [
            "The Provider shall manage the Merchant's Tmall Global and Amazon storefronts as described in Schedule 2, in accordance with marketplace rules and good industry practice.",
            "Advertising spend is paid by the Merchant directly. The Provider may only create or increase any advertising budget with the Merchant's prior written approval; e-mail approval is sufficient.",
        ]),
        ("Term", [
            "This Agreement runs for twelve (12) months from June 1, 2025 and then expires. Any renewal requires a written renewal agreement signed by both parties; silence or continued performance does not renew it.",
        ]),
        ("Fees", [
            fees,
            "Fees are invoiced monthly in arrears, so the Merchant never pays for services not yet performed. If this Agreement ends part-way through a month, the fee for that month is pro-rated by days.",
        ]),
        ("Performance", [
            "If net sales fall below the monthly target in Schedule 2 for three (3) consecutive months, the Merchant may terminate this Agreement on written notice without any liability.",
        ]),
        ("Termination", [
            "Either party may terminate this Agreement for convenience on fifteen (15) days' written notice. Notice may be given by e-mail to the addresses in Section 10.",
            "Either party may terminate immediately on written notice if the other commits a material breach that is not remedied within ten (10) days after notice.",
            "Termination does not give rise to any termination fee or liquidated damages.",
        ]),
        ("Exit and Handover", [
            "Costs incurred up to 24:00 (Hong Kong time) on the termination date are borne by the Merchant; costs incurred after that time are borne by the Provider.",
            "Within fifteen (15) days after termination, the Provider shall hand over all account credentials, sub-accounts, API authorisations, campaign structures, creative source files, original photos and videos, customer data and all contracts and invoices relating to the stores, and shall sign a handover list.",
            "The Provider shall not delete store data, alter listings or post negative reviews, before or after termination.",
            "Orders paid before the termination date are fulfilled under the Provider's supervision; after-sales requests raised after that date are handled by the Merchant with the Provider's reasonable assistance.",
        ]),
        ("Intellectual Property", [
            "All creatives, copy and photographs produced for the stores belong to the Merchant upon creation.",
        ]),
        ("Liability", [
            "Each party's total liability under this Agreement is limited to the fees paid or payable in the twelve (12) months before the claim, except for fraud, wilful misconduct or breach of confidentiality.",
        ]),
        ("Non-Disparagement", [
            "Neither party shall make public statements disparaging the other party or its products, during the term and for two (2) years afterwards.",
        ]),
        ("Notices", [
            "Notices may be delivered by hand, by courier or by e-mail to merchant-legal@harbourlight.example.com and contracts@brightline.example.com.",
        ]),
        ("Governing Law", [
            "This Agreement is governed by Hong Kong law, and the courts of Hong Kong have non-exclusive jurisdiction.",
        ]),
        ("Entire Agreement and Amendments", [
            "Any amendment, waiver or termination agreement must be in writing and signed by both parties.",
        ]),
    ]
    render_articles(doc, articles, "typed", "en")
    signature_block(doc, "en", "HARBOURLIGHT HOME GOODS LTD.", "BRIGHTLINE COMMERCE SERVICES LTD.")
    doc.save(path)
