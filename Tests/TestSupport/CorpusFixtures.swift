/// Articles written for the cross-article tests: three outlets report one (invented) flood, with figures and
/// statements that disagree, and distractors that must not be matched.
public enum CorpusFixtures {
  /// Three articles by file name.
  public static let flood: [String: String] = [
    "001_courier.txt": """
    Flooding in Riverton killed 12 people on Monday, the mayor said. The river rose by 3 metres in 24 hours. \
    Emergency services evacuated 2,000 residents from the old town. Schools across the valley will stay closed \
    until Friday. The regional governor said the dam did not fail. Volunteers filled sandbags through the night.

    In 2019, a storm killed 40 people in Lakeside. Insurance companies expect claims to rise sharply this year.

    """,
    "002_herald.txt": """
    At least 15 people have died in the Riverton floods since Monday, according to the regional government. \
    Rescuers evacuated about 2,000 residents. Engineers confirmed that the dam failed on Sunday night. \
    The army sent 300 soldiers to help with the clean-up. Power was restored to most homes on Wednesday.

    Farmers said the harvest was lost. Prices for vegetables rose in local markets.

    """,
    "003_observer.txt": """
    Hospital officials in Riverton counted 9 deaths by Tuesday. The flood also destroyed 300 homes in Riverton. \
    Residents criticised the slow warning system. A charity raised 50,000 euros for families who lost everything. \
    The mayor said that the warning sirens did not sound. Council engineers said the sirens sounded twice.

    """,
  ]
}
