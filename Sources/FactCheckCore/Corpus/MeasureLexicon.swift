/// What figures count and what happens to it, in the words news reports use.
///
/// Synonyms are grouped so that "498 troops have died", "3,500 soldiers have been killed", "9,000 combat
/// losses" and "38,550 soldiers lost" are recognised as the same measure, while "1,597 personnel injured" and
/// "200 members of the military captured" are not. Anything the lexicon does not know is compared by its
/// stem ("217 tanks" and "102 tanks").
public enum MeasureLexicon {
  /// Kinds of people counted; `people` and `casualties` (deaths, losses) are generic and match any of them.
  static let humanThings: Set<String> = ["troops", "civilians", "children", "people", "casualties"]
  private static let genericHuman: Set<String> = ["people", "casualties"]

  private static let things: [String: String] = {
    var map: [String: String] = [:]
    let groups: [String: [String]] = [
      "troops": [
        "soldier", "soldiers", "troop", "troops", "serviceman", "servicemen", "servicewoman", "servicewomen",
        "personnel", "conscript", "conscripts", "recruit", "recruits", "reservist", "reservists", "fighter", "fighters",
        "marine", "marines", "sailor", "sailors", "paratrooper", "paratroopers", "military", "army", "armies",
        "combatant", "combatants", "service", "navy", "navies",
      ],
      "civilians": ["civilian", "civilians", "noncombatant", "noncombatants"],
      "children": ["child", "children", "kid", "kids", "minor", "minors"],
      "people": [
        "person", "persons", "people", "man", "men", "woman", "women", "individual", "individuals", "resident",
        "residents", "citizen", "citizens", "inhabitant", "inhabitants",
      ],
      "casualties": [
        "death", "deaths", "loss", "losses", "casualty", "casualties", "fatality", "fatalities", "dead", "victim",
        "victims",
      ],
      "aircraft": ["aircraft", "airplane", "airplanes", "plane", "planes", "jet", "jets", "warplane", "warplanes"],
      "percent": ["percent", "per", "%"],
    ]
    for (thing, words) in groups {
      for word in words { map[word] = thing }
    }
    return map
  }()

  private static let events: [String: String] = {
    var map: [String: String] = [:]
    let groups: [String: [String]] = [
      "loss": [
        "kill", "kills", "killed", "killing", "die", "dies", "died", "dying", "dead", "death", "deaths", "lose",
        "loses",
        "lost", "losing", "loss", "losses", "casualty", "casualties", "fatality", "fatalities", "perish", "perished",
        "destroy", "destroyed", "downed", "toll",
      ],
      "injury": [
        "injure", "injures", "injured", "injuring", "injury", "injuries", "wound", "wounds", "wounded", "hurt",
      ],
      "capture": [
        "capture", "captures", "captured", "capturing", "prisoner", "prisoners", "detain", "detained", "surrender",
        "surrendered", "arrest", "arrested",
      ],
      "missing": ["missing", "disappeared"],
    ]
    for (event, words) in groups {
      for word in words { map[word] = event }
    }
    return map
  }()

  /// Units of time: a figure counting them is a duration ("seven days"), not a measure.
  static let timeUnits: Set<String> = [
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "decade", "decades", "century", "centuries", "weekend", "weekends", "night", "nights",
  ]

  /// Words that name an institution or office rather than whose something is ("Defense Ministry").
  static let institutions: Set<String> = [
    "ministry", "minister", "defense", "defence", "government", "army", "military", "forces", "force", "armed",
    "department", "office", "agency", "president", "spokesman", "spokeswoman", "spokesperson", "directorate",
    "intelligence", "chief", "main", "general", "secretary", "council", "commission", "parliament", "mod", "state",
    "national", "federal", "official", "officials", "authorities", "command", "staff",
  ]

  /// Head nouns that count whatever their `of` phrase names ("members of the military").
  static let partitives: Set<String> = ["member", "members", "number", "total", "group", "groups", "part", "share"]

  /// The class of thing a lowercase word counts, if the lexicon knows it.
  static func thing(of word: String) -> String? { things[word] }

  /// The class of event a lowercase word names, if the lexicon knows it.
  static func event(of word: String) -> String? { events[word] }

  /// Whether two counted things can be the same: equal, or both people with one of them generic.
  public static func compatible(_ lhs: String, _ rhs: String) -> Bool {
    if lhs == rhs { return true }
    guard humanThings.contains(lhs), humanThings.contains(rhs) else { return false }
    return genericHuman.contains(lhs) || genericHuman.contains(rhs)
  }
}
