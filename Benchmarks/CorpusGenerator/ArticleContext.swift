/// The state of one article being written: its topic, place, agency and the people it has named so far,
/// so that its sentences agree with each other (the same town, a speaker named once then called by surname).
struct ArticleContext {
  var random: SeededRandom
  let topic: Topic
  let place: String
  let region: String
  let agency: (name: String, short: String)
  /// The people named so far, full names.
  private(set) var people: [String] = []
  /// Their titles, by position in `people`.
  private var titles: [String] = []

  /// Creates the context of an article drawn from `random`.
  init(random: SeededRandom) {
    self.random = random
    topic = self.random.pick(Topic.all)
    place = Vocabulary.place(&self.random)
    region = self.random.pick(Vocabulary.regions)
    agency = self.random.pick(Vocabulary.agencies)
  }

  /// `template` with every `{slot}` filled (see `value(of:)`).
  mutating func fill(_ template: String) -> String {
    var output = ""
    output.reserveCapacity(template.utf8.count + 40)
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      output += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      output += value(of: String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    output += rest
    return output
  }

  /// The text for one slot; a capitalised slot name gives the text with a capital first letter.
  mutating func value(of slot: String) -> String {
    let lower = slot.lowercased()
    let text: String
    switch lower {
    case "place": text = place
    case "otherplace": text = Vocabulary.place(&random)
    case "region": text = region
    case "number": text = number()
    case "small": text = String(random.int(2...48))
    case "percent": text = percent()
    case "money": text = money()
    case "year": text = String(random.int(1952...2023))
    case "weekday": text = random.pick(Vocabulary.weekdays)
    case "month": text = random.pick(Vocabulary.months)
    case "time": text = time()
    case "org": text = fill(random.pick(topic.organisations))
    case "title": text = random.pick(topic.titles)
    case "subject": text = random.pick(topic.subjects)
    case "measure": text = random.pick(topic.measures)
    case "action": text = fill(random.pick(topic.actions))
    case "quote": text = fill(random.pick(topic.quotes))
    case "quote,":
      // A quotation's last sentence before its attribution ends in a comma: “… this fast,” she said.
      let quote = fill(random.pick(topic.quotes))
      text = quote.hasSuffix(".") ? quote.dropLast() + "," : quote
    case "agency": text = agency.name
    case "person": text = person()
    case "speaker": text = speaker()
    case "last": text = surname(of: people.last ?? person())
    case "first": text = random.pick(Vocabulary.firstNames)
    case "surname": text = Vocabulary.surname(&random)
    case "shortmonth": text = random.pick(Vocabulary.shortMonths)
    case "lasttitle": text = lastTitle
    default: text = "{\(slot)}"
    }
    guard let first = slot.first, first.isUppercase, let head = text.first else { return text }
    return head.uppercased() + text.dropFirst()
  }

  /// A person named for the first time, with a title: "Nadia Corberg, the fire chief".
  mutating func speaker() -> String {
    let name = newPerson()
    let title = titles[titles.count - 1]
    let article = random.chance(0.5) ? "the" : "aeiou".contains(title.first ?? "x") ? "an" : "a"
    return "\(name), \(article) \(title)"
  }

  /// A person: usually someone new, sometimes one already named (by surname).
  mutating func person() -> String {
    if !people.isEmpty, random.chance(0.35) {
      let index = random.int(0...(people.count - 1))
      return random.chance(0.5) ? surname(of: people[index]) : "the \(titles[index])"
    }
    return newPerson()
  }

  /// The title of the person named last: "the fire chief".
  var lastTitle: String { titles.last.map { "the \($0)" } ?? "a spokesperson" }

  private mutating func newPerson() -> String {
    let name = "\(random.pick(Vocabulary.firstNames)) \(Vocabulary.surname(&random))"
    people.append(name)
    titles.append(random.pick(topic.titles))
    return name
  }

  private func surname(of name: String) -> String {
    String(name.split(separator: " ").last ?? Substring(name))
  }

  /// A count as a newspaper writes it: "48", "1,240", "38,550", "1.2 million".
  mutating func number() -> String {
    switch random.int(0...9) {
    case 0...4: return String(random.int(10...999))
    case 5...8: return grouped(random.int(1_000...99_999))
    default: return "\(random.int(1...9)).\(random.int(1...9)) million"
    }
  }

  /// A percentage: "12.5 per cent", "7%", "3.2 percent".
  mutating func percent() -> String {
    let value = random.chance(0.5) ? String(random.int(2...60)) : "\(random.int(1...40)).\(random.int(1...9))"
    switch random.int(0...2) {
    case 0: return value + " per cent"
    case 1: return value + "%"
    default: return value + " percent"
    }
  }

  /// A sum of money: "$4.2 million", "£350,000", "€12bn".
  mutating func money() -> String {
    let currency = random.pick(["$", "£", "€"])
    switch random.int(0...3) {
    case 0: return currency + grouped(random.int(10...999) * 1_000)
    case 1: return "\(currency)\(random.int(1...90)).\(random.int(1...9)) million"
    case 2: return "\(currency)\(random.int(1...40))bn"
    default: return "\(currency)\(random.int(2...500))m"
    }
  }

  /// A time of day: "9 a.m.", "4.30 p.m.", "18:45".
  mutating func time() -> String {
    switch random.int(0...2) {
    case 0: return "\(random.int(1...11)) \(random.chance(0.5) ? "a.m." : "p.m.")"
    case 1: return "\(random.int(1...11)).\(random.pick(["15", "30", "45"])) p.m."
    default: return "\(random.int(10...23)):\(random.pick(["05", "20", "35", "50"]))"
    }
  }

  /// `value` with thousands separated by commas.
  func grouped(_ value: Int) -> String {
    let digits = Array(String(value))
    var output = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { output.append(",") }
      output.append(digit)
    }
    return output
  }
}
