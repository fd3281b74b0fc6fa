/// Figures for the same quantity that disagree, across the corpus.
extension CorpusIndex {
  /// Groups of figures about the same quantity whose values cannot all be true, in corpus order.
  ///
  /// Two figures measure the same quantity when they have the same event (killed or lost, injured, captured…,
  /// or the same verb), count compatible things (`MeasureLexicon.compatible`), and belong to the same party: their
  /// owners share a name ("Russian soldiers", "Russia has lost"), or, when a figure names no owner, the names of its
  /// claim do (institutions such as "Defense Ministry" left out); two figures that name no party at all must come
  /// from claims at least a quarter alike by BM25. Figures are grouped transitively; a group is reported when two of
  /// its figures cannot both hold (`Quantity.agrees`), with every figure in it.
  public func figureDisagreements() -> [FigureDisagreement] {
    let mentions = figures
    var found: [FigureDisagreement] = []
    for members in measureGroups {
      let quantities = members.map { mentions[$0].quantity }
      let disagree = quantities.indices.contains { a in
        quantities.indices.contains { b in b > a && !quantities[a].agrees(with: quantities[b]) }
      }
      guard disagree else { continue }
      let listed = members.map { member -> FigureDisagreement.Mention in
        let claim = claims[mentions[member].claim]
        return FigureDisagreement.Mention(
          claim: claim.reference, quantity: mentions[member].quantity, source: claim.sourceDescription,
          date: claim.date, status: claim.status)
      }.sorted { lhs, rhs in
        lhs.quantity.value != rhs.quantity.value ? lhs.quantity.value < rhs.quantity.value : lhs.claim < rhs.claim
      }
      found.append(
        FigureDisagreement(
          measure: Self.measure(of: listed, scopes: members.map { mentions[$0].scope }), mentions: listed))
    }
    return found.sorted { lhs, rhs in
      let (left, right) = (lhs.claims.min() ?? lhs.mentions[0].claim, rhs.claims.min() ?? rhs.mentions[0].claim)
      return left != right ? left < right : lhs.measure < rhs.measure
    }
  }

  /// Every figure with an event and a thing counted, with the names that place it: its owners, else its claim's
  /// names other than institutions.
  static func figures(of claims: [CorpusClaim]) -> [(claim: Int, quantity: Quantity, scope: [NameKey])] {
    var figures: [(claim: Int, quantity: Quantity, scope: [NameKey])] = []
    for (index, claim) in claims.enumerated() {
      let names = claim.terms.names.filter { !MeasureLexicon.institutions.contains($0.key) }
      for quantity in claim.quantities where quantity.event != nil && !quantity.thing.isEmpty {
        figures.append((index, quantity, quantity.owners.isEmpty ? names : quantity.owners))
      }
    }
    return figures
  }

  /// The groups (of two or more) of figures that measure the same quantity, grouped transitively, in corpus order.
  static func measureGroups(
    _ figures: [(claim: Int, quantity: Quantity, scope: [NameKey])], claims: [CorpusClaim],
    similarity: (Int, Int) -> Double
  ) -> [[Int]] {
    var parent = Array(figures.indices)
    func root(_ node: Int) -> Int {
      var node = node
      while parent[node] != node {
        parent[node] = parent[parent[node]]
        node = parent[node]
      }
      return node
    }
    for a in figures.indices {
      for b in figures.indices where b > a {
        let (left, right) = (figures[a], figures[b])
        guard left.quantity.event == right.quantity.event,
          MeasureLexicon.compatible(left.quantity.thing, right.quantity.thing)
        else { continue }
        let same: Bool
        if left.scope.isEmpty, right.scope.isEmpty {
          same =
            left.claim == right.claim
            || max(similarity(left.claim, right.claim), similarity(right.claim, left.claim)) >= 0.25
        } else {
          same = NameKey.overlap(left.scope, right.scope)
        }
        if same { parent[root(b)] = root(a) }
      }
    }
    var groups: [Int: [Int]] = [:]
    for index in figures.indices { groups[root(index), default: []].append(index) }
    return groups.values.filter { $0.count > 1 }.sorted { ($0.min() ?? 0) < ($1.min() ?? 0) }
  }

  /// Words for what a group measures: "soldiers killed or lost (Russia)", "tanks killed or lost (Russia)".
  private static func measure(of mentions: [FigureDisagreement.Mention], scopes: [[NameKey]]) -> String {
    let things = mentions.map(\.quantity.thing)
    let specific = things.first { !["people", "casualties"].contains($0) } ?? things[0]
    let thing: String
    switch specific {
    case "troops": thing = "soldiers"
    case "casualties", "people": thing = "people"
    case "civilians", "children", "aircraft", "percent": thing = specific
    default:
      let nouns = mentions.filter { $0.quantity.thing == specific }.map(\.quantity.noun)
      let shortest = nouns.min { $0.count != $1.count ? $0.count < $1.count : $0 < $1 } ?? specific
      thing = String(shortest.split(separator: " ").last ?? Substring(specific)).lowercased()
    }
    let event: String
    switch mentions[0].quantity.event ?? "" {
    case "loss": event = MeasureLexicon.humanThings.contains(specific) ? "killed or lost" : "lost"
    case "injury": event = "injured"
    case "capture": event = "captured"
    case "missing": event = "missing"
    case let other: event = other
    }
    // The party most figures name.
    var parties: [(key: NameKey, count: Int)] = []
    for scope in scopes {
      var counted: Set<Int> = []
      for name in scope {
        if let index = parties.firstIndex(where: { $0.key.matches(name) }) {
          if counted.insert(index).inserted { parties[index].count += 1 }
          if name.key.count < parties[index].key.key.count { parties[index].key = name }
        } else {
          parties.append((name, 1))
          counted.insert(parties.count - 1)
        }
      }
    }
    let party = parties.filter { $0.count * 2 > scopes.count }.max { $0.count < $1.count }?.key.key
    return "\(thing) \(event)" + (party.map { " (\($0.prefix(1).uppercased() + $0.dropFirst()))" } ?? "")
  }
}
