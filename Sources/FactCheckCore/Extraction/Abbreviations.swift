/// Words that end in a full stop without ending a sentence.
enum Abbreviations {
  /// Lowercased abbreviations, without their final full stop.
  static let words: Set<String> = [
    // Titles and honorifics.
    "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon", "sr", "jr", "st", "gen", "gov", "sen", "rep",
    "pres", "col", "lt", "sgt", "capt", "cpt", "cmdr", "adm", "maj", "brig", "cpl", "pvt", "supt",
    "insp", "det", "atty", "fr", "msgr", "sr", "mme", "mlle",
    // Months and days.
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // Organisations and places.
    "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft",
    "calif", "conn", "fla", "ill", "mass", "mich", "minn", "penn", "tenn", "wash", "wis",
    // Latin and references.
    "vs", "etc", "cf", "al", "ca", "approx", "fig", "figs", "no", "nos", "vol", "vols", "pp",
    "ed", "eds", "esp", "est", "ref", "sec", "ch", "art", "para",
    // Measures.
    "mln", "bln", "tn", "km", "kg", "oz", "lb", "lbs", "ft", "yd", "mi", "hr", "hrs", "min", "mins",
  ]

  /// Abbreviations that often end a sentence; they only continue before lowercase or a number.
  static let sentenceFinal: Set<String> = ["etc", "inc", "ltd", "co", "corp", "jr", "sr", "al"]

  /// Whether the word ending at `end` (exclusive, just before a full stop) is an abbreviation.
  static func isAbbreviation(_ scalars: [Unicode.Scalar], endingAt end: Int, from lowerBound: Int) -> Bool {
    var start = end
    while start > lowerBound, ScalarClass.isLetter(scalars[start - 1]) || scalars[start - 1] == "." {
      start -= 1
    }
    guard start < end else { return false }
    let word = scalars[start..<end]
    // Initials and dotted abbreviations: "J", "U.S", "e.g", "a.m".
    if word.count == 1 { return true }
    if word.contains(".") { return true }
    guard word.count <= 6 else { return false }
    var lowered = ""
    for scalar in word { lowered.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) }
    return words.contains(lowered) && !sentenceFinal.contains(lowered)
  }
}
