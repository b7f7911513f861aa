import ClauseGuardText

/// How reports name a party: its own label with its side, in the label's script: `乙方(服务方)`, `Inktomi (the provider)`.
public enum PartyNaming {
    public static func display(_ actor: FrameActor) -> String {
        KeyTermSummary.party(actor, chinese: actor.text.unicodeScalars.contains(where: CJK.isIdeograph))
    }
}
