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
  ///
  /// Figures are compared within blocks, not pair by pair over the corpus: figures with owners by the names they
  /// may share (`NameKey.bucket`), one comparison per distinct name and thing; figures without, by the claims
  /// their claim's words can make similar enough (`similarClaims`).
  static func measureGroups(
    _ figures: [(claim: Int, quantity: Quantity, scope: [NameKey])],
    similarClaims: (_ claim: Int) -> [Int]
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
    func union(_ a: Int, _ b: Int) {
      let (left, right) = (root(a), root(b))
      if left != right { parent[Swift.max(left, right)] = Swift.min(left, right) }
    }
    // Figures with owners: the same event, compatible things and a name in common.
    struct Block: Hashable {
      var event: String
      var bucket: String
    }
    struct Kind: Hashable {
      var name: NameKey
      var thing: String
    }
    var blocks: [Block: [Kind: [Int]]] = [:]
    for (index, figure) in figures.enumerated() where !figure.scope.isEmpty {
      guard let event = figure.quantity.event else { continue }
      for name in Set(figure.scope) {
        blocks[Block(event: event, bucket: name.bucket), default: [:]][
          Kind(name: name, thing: figure.quantity.thing), default: []
        ].append(index)
      }
    }
    for kinds in blocks.values {
      let ordered = kinds.sorted { ($0.key.name.key, $0.key.thing) < ($1.key.name.key, $1.key.thing) }
      for (position, entry) in ordered.enumerated() {
        for member in entry.value.dropFirst() { union(entry.value[0], member) }
        for other in ordered[(position + 1)...]
        where entry.key.name.matches(other.key.name) && MeasureLexicon.compatible(entry.key.thing, other.key.thing) {
          union(entry.value[0], other.value[0])
        }
      }
    }
    // Figures without owners: the same event, compatible things, and the same claim or claims a quarter alike.
    var unowned: [Int: [Int]] = [:]
    for (index, figure) in figures.enumerated() where figure.scope.isEmpty && figure.quantity.event != nil {
      unowned[figure.claim, default: []].append(index)
    }
    func joinCompatible(_ lefts: [Int], _ rights: [Int]) {
      for a in lefts {
        for b in rights where a != b {
          let (left, right) = (figures[a].quantity, figures[b].quantity)
          if left.event == right.event, MeasureLexicon.compatible(left.thing, right.thing) { union(a, b) }
        }
      }
    }
    for claim in unowned.keys.sorted() {
      let own = unowned[claim] ?? []
      joinCompatible(own, own)
      for other in similarClaims(claim) where other != claim {
        joinCompatible(own, unowned[other] ?? [])
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
