/// The words the generated articles are made of that do not depend on the topic: people, places,
/// organisations, news agencies, dates.
///
/// Places and surnames are invented from syllables so that the corpus names no real person or town; first
/// names, weekdays and months are ordinary English words.
enum Vocabulary {
  static let firstNames = [
    "Anna", "David", "Maria", "Tomas", "Leila", "Samuel", "Ines", "Omar", "Grace", "Viktor", "Nadia", "Peter",
    "Amara", "Jonas", "Sofia", "Daniel", "Helen", "Marek", "Ruth", "Kofi", "Elena", "Hugo", "Priya", "Felix",
    "Clara", "Ibrahim", "Mei", "Oscar", "Lucia", "Stefan", "Yusuf", "Irene", "Paul", "Zara", "Andrei", "Joan",
  ]

  static let surnameStarts = [
    "Bel", "Cor", "Dan", "Fen", "Gar", "Hal", "Jor", "Kel", "Lin", "Mor", "Nes", "Pell", "Quin", "Ros", "Sel",
    "Tor", "Var", "Wen", "Ash", "Brun", "Cal", "Dor", "Es", "Fal", "Grev", "Hol", "Ket", "Lam", "Mar", "Ost",
  ]
  static let surnameEnds = [
    "ane", "berg", "ford", "ić", "ley", "ova", "ero", "man", "ski", "ton", "well", "ari", "stein", "ez", "ini",
    "son", "by", "ard", "ström", "escu",
  ]

  static let placeStarts = [
    "Ald", "Bram", "Carr", "Dun", "Ell", "Fair", "Glen", "Harl", "Ivy", "Kings", "Lark", "Mill", "North",
    "Oak", "Pen", "Red", "Stan", "Thorn", "West", "Wick", "Ash", "Black", "Cold", "Elm", "Fox", "Grey",
  ]
  static let placeEnds = [
    "bury", "ford", "haven", "mouth", "field", "ton", "wick", "by", "stead", "more", "bridge", "hollow", "port",
    "dale", "ham", "worth",
  ]

  static let regions = [
    "North Vale", "the Eastern Province", "Lower Marsh", "the Coastal District", "Highmoor", "the River Counties",
    "South Reach", "the Western Isles", "Central Plains", "the Border Region",
  ]

  /// News agencies: the name, and the short form used in datelines and photo credits.
  static let agencies: [(name: String, short: String)] = [
    ("Meridian News Agency", "MNA"), ("Harbour Press Exchange", "HPX"), ("Northwire", "NWR"),
    ("the Continental Wire Service", "CWS"), ("Baseline Media", "BLM"),
  ]

  static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
  static let shortMonths = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

  static let subheadings = [
    "What happens next", "A long history", "Costs keep rising", "Questions remain", "The wider picture",
    "Looking ahead", "Residents divided", "How we got here",
  ]

  static let reviewerNames = ["Ada Okafor", "Ben Lindqvist", "Chloe Marchetti", "Dev Raman", "Eva Novak"]

  static let notes = [
    "matches the figures in the council's published minutes",
    "the agency's own release gives a different number",
    "could not find a primary source for this",
    "confirmed by phone with the press office",
    "the report cited does not contain this figure",
    "consistent with last year's annual report",
    "rounded; the exact figure is in the appendix",
    "only source is an anonymous official",
    "the quote appears in the recording at 04:12",
    "dates do not match the court records",
    "checked against the national statistics release",
    "the spokesperson later corrected this on the radio",
  ]

  static let reviewerCaveats = [
    "the source has an interest in the outcome",
    "figure is provisional and may be revised",
    "based on a single eyewitness",
    "the survey's sample size is not given",
    "translation of the quote not checked",
  ]

  static let evidenceHosts = [
    "https://records.example.org/minutes/", "https://stats.example.net/release/", "https://archive.example.com/",
    "https://press.example.org/statement/",
  ]

  static func surname(_ random: inout SeededRandom) -> String {
    random.pick(surnameStarts) + random.pick(surnameEnds)
  }

  static func place(_ random: inout SeededRandom) -> String {
    random.pick(placeStarts) + random.pick(placeEnds)
  }
}
