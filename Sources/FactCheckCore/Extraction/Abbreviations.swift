/// Words that end in a full stop without necessarily ending a sentence, by kind.
///
/// Which kind a word is decides what the full stop after it does: a title never
/// ends a sentence before a name; a general abbreviation ends one only before a
/// word that usually starts a sentence ("… & Co. It closed"); a number word is
/// an abbreviation only before a number ("No. 5", but "He said no. Then…").
enum Abbreviations {
  /// How a full stop after an abbreviation behaves.
  enum Kind: Sendable {
    /// Mr., Dr., Gen., St., Mt.: always followed by a name, never sentence-final before one.
    case title
    /// No., Fig., pp.: an abbreviation only before a number.
    case number
    /// e.g., i.e., cf., vs.: never ends a sentence.
    case latin
    /// a.m., p.m.: sentence-final when a sentence-starting word or a full clause comes before the next word.
    case time
    /// Inc., Co., etc., Jan.: sentence-final only before a word that usually starts a sentence.
    case general
  }

  private static let titles = WordKey.set([
    "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon", "st", "gen", "gov", "sen", "rep", "pres", "col", "lt",
    "sgt", "capt", "cpt", "cmdr", "adm", "maj", "brig", "cpl", "pvt", "supt", "insp", "det", "atty", "fr", "msgr",
    "mme", "mlle", "mt", "ft", "messrs", "sens", "reps", "amb", "lieut", "gens",
  ])

  private static let numbers = WordKey.set([
    "no", "nos", "nr", "pp", "fig", "figs", "vol", "vols", "art", "ch", "sec", "para", "tab", "eq", "op", "rs",
    "ref", "pg", "pt", "ed", "eds", "ex",
  ])

  private static let latin = WordKey.set([
    "e.g", "i.e", "cf", "vs", "viz", "ibid", "approx", "ca", "resp", "incl", "esp", "f.e", "btw",
  ])

  private static let times = WordKey.set(["a.m", "p.m"])

  private static let general = WordKey.set([
    // Companies and organisations.
    "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "plc", "llc", "intl", "natl", "govt",
    // Names and places.
    "jr", "sr", "ave", "blvd", "rd", "calif", "conn", "fla", "ill", "mass", "mich", "minn", "penn", "tenn", "wash",
    "wis", "ariz", "colo", "okla", "ore", "ind", "ky", "md", "va",
    // Months and days (capitalised only, see `kind`).
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // References and other common abbreviations.
    "etc", "al", "est", "min", "max", "mins", "hr", "hrs", "sq", "med", "misc", "dept", "yr", "yrs", "mo",
    "mln", "bln", "tn", "km", "kg", "oz", "lb", "lbs", "yd", "mi", "cm", "mm", "ml", "assoc", "admin", "tel", "ext",
    "dist", "div", "fed", "adj", "abbr", "cit", "ult", "inst", "ltd", "lit", "mfg", "pct", "temp", "vet",
  ])

  /// Month and day abbreviations that are ordinary words in lowercase ("sat", "mar", "sun", "wed").
  private static let capitalisedOnly = WordKey.set([
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ill", "wash", "mass", "ore", "ind",
  ])

  /// The kind of the abbreviation `scalars[start..<end]` (without its final full stop), if it is one.
  ///
  /// Single letters (initials) and dotted forms such as `U.S` are recognised by
  /// shape in `SentenceSegmenter`; this table covers whole words.
  static func kind(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Kind? {
    guard let key = WordKey.key(scalars, from: start, to: end) else { return nil }
    if latin.contains(key) { return .latin }
    if times.contains(key) { return .time }
    if titles.contains(key) { return .title }
    if numbers.contains(key) { return .number }
    if general.contains(key) {
      if capitalisedOnly.contains(key), !ScalarClass.isUppercase(scalars[start]) { return nil }
      return .general
    }
    return nil
  }
}
