/// Examples in `--help` (and the man page) for the three people ClauseGuard is for.
enum HelpExamples {
    static let text = """
    Examples:
      A merchant checking one contract before signing:
        clauseguard scan 托管合同.docx
        cat contract.txt | clauseguard scan - --stdin-name contract.txt

      A lawyer reviewing a folder of contracts for a client:
        clauseguard scan contracts/ --format html -o review.html --title "Review for ACME"
        clauseguard scan contracts/ --format csv -o findings.csv --exclude drafts/

      CI checking templates on every change (exit 1 on a high finding):
        clauseguard scan templates/ --fail-on high --format sarif -o clauseguard.sarif
        clauseguard scan templates/ --fail-on medium --format github
    """
}
