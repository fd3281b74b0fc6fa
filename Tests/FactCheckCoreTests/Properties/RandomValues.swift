import FactCheckCore
import PropertyBased

/// Random model values and articles for property tests, drawn from the checker's seeded generator.
enum RandomValues {
  /// Scalars that stress storage: controls, quotes, escapes, combining marks, line separators, astral planes.
  static let awkwardScalars: [Unicode.Scalar] = [
    "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\t", "\n", "\r", "\u{1B}", "\u{1F}", "\"", "\\", "/", "\u{7F}", "\u{85}",
    "\u{9B}", "é", "e", "\u{301}", "ß", "“", "”", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{61C}", "\u{FEFF}",
    "\u{FFFD}", "中",
    "😀", "\u{1F3F3}", "\u{E0067}", " ", "a", "Z", "9", "{", "}", "[", "]", ":", ",",
  ]

  static func int(_ range: ClosedRange<Int>, _ rng: inout any SeededRandomNumberGenerator) -> Int {
    Int.random(in: range, using: &rng)
  }

  static func string(_ lengths: ClosedRange<Int>, _ rng: inout any SeededRandomNumberGenerator) -> String {
    var view = String.UnicodeScalarView()
    for _ in 0..<int(lengths, &rng) {
      if Bool.random(using: &rng) {
        view.append(awkwardScalars[int(0...awkwardScalars.count - 1, &rng)])
      } else {
        view.append(Unicode.Scalar(UInt8(int(0x20...0x7E, &rng))))
      }
    }
    return String(view)
  }

  static func review(_ rng: inout any SeededRandomNumberGenerator, conflict: Bool) -> Review {
    var review = Review(
      status: ClaimStatus.allCases[int(0...3, &rng)], note: string(0...40, &rng),
      caveats: (0..<int(0...2, &rng)).map { _ in
        Caveat(
          text: string(0...30, &rng), origin: Bool.random(using: &rng) ? .article : .reviewer,
          cue: Bool.random(using: &rng) ? string(1...10, &rng) : nil)
      },
      evidence: (0..<int(0...2, &rng)).map { _ in string(0...30, &rng) }, dismissed: Bool.random(using: &rng),
      reviewer: string(0...12, &rng),
      updated: Bool.random(using: &rng)
        ? "20\(int(10...99, &rng))-0\(int(1...9, &rng))-1\(int(0...9, &rng))T1\(int(0...9, &rng)):3\(int(0...9, &rng)):0\(int(0...9, &rng))Z"
        : nil)
    if conflict, int(0...3, &rng) == 0 {
      review.conflict = ReviewConflict(
        theirs: self.review(&rng, conflict: false),
        base: Bool.random(using: &rng) ? self.review(&rng, conflict: false) : nil)
    }
    return review
  }

  /// Any annotation set the format allows: awkward text everywhere, unique ids, valid spans.
  static let annotations = Generator<ArticleAnnotations, Shrink.None<ArticleAnnotations>> { rng in
    annotations(&rng)
  }

  /// Any annotation set the format allows (see `annotations`), made with `rng`.
  static func annotations(_ rng: inout any SeededRandomNumberGenerator) -> ArticleAnnotations {
    let claims = (0..<int(0...6, &rng)).map { index in
      let start = int(0...5_000, &rng)
      let quote = "q" + string(0...40, &rng)
      let id = String(format: "%012x", int(0...0xFFFF_FFFF, &rng)) + "-\(index)"
      return ClaimAnnotation(
        id: id, origin: Bool.random(using: &rng) ? .extracted : .added,
        anchor: ClaimAnchor(
          span: TextSpan(start: start, end: start + int(0...200, &rng)), quote: quote, prefix: string(0...32, &rng),
          suffix: string(0...32, &rng)),
        review: review(&rng, conflict: true))
    }
    let hex = Array("0123456789abcdef")
    return ArticleAnnotations(
      articleFile: "a" + string(0...20, &rng), articleSHA256: String((0..<64).map { _ in hex[int(0...15, &rng)] }),
      claims: claims)
  }

  /// Annotations and a generator of their changes.
  static let annotationsAndChanges = Generator<
    (ArticleAnnotations, Xoshiro), Shrink.None<(ArticleAnnotations, Xoshiro)>
  > { rng in
    (annotations(&rng), Xoshiro(seed: (rng.next(), rng.next(), rng.next(), rng.next())))
  }

  static let words = [
    "the", "council", "said", "barrier", "cost", "41", "million", "euros", "mayor", "claimed", "premiums", "would",
    "fall", "by", "a", "fifth", "experts", "could", "not", "confirm", "figure", "storm", "surge", "homes", "river",
    "gauge", "read", "metres", "Tuesday", "police", "reported", "café", "naïve", "“quoted”", "12,000", "3.5%",
  ]

  /// An article of 2–5 paragraphs of 1–5 sentences of random words.
  static func article(_ rng: inout any SeededRandomNumberGenerator) -> String {
    var paragraphs: [String] = []
    for _ in 0..<int(2...5, &rng) {
      var sentences: [String] = []
      for _ in 0..<int(1...5, &rng) {
        var sentence = (0..<int(4...14, &rng)).map { _ in words[int(0...words.count - 1, &rng)] }
        sentence[0] = sentence[0].prefix(1).uppercased() + sentence[0].dropFirst()
        sentences.append(sentence.joined(separator: " ") + (int(0...4, &rng) == 0 ? "?" : "."))
      }
      paragraphs.append(sentences.joined(separator: " "))
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }
}
