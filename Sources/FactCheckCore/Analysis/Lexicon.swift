/// Closed word classes used by the analysis: general English, not topic words.
///
/// Every list is a grammatical or rhetorical class from the literature on
/// check-worthiness (ClaimBuster; Hassan et al. 2017), hedging (Hyland 1998;
/// the CoNLL-2010 shared task's cue categories) and attribution (news quotation
/// verbs). None was drawn from the evaluation files.
enum Lexicon {
  /// Verbs that report speech or a statement.
  static let speechVerbs: Set<String> = [
    "said", "says", "say", "told", "tells", "tell", "claimed", "claims", "claim", "added", "adds", "reported",
    "reports", "denied", "denies", "deny", "admitted", "admits", "insisted", "insists", "stated", "states",
    "announced", "announces", "confirmed", "confirms", "explained", "explains", "declared", "declares", "warned",
    "warns", "argued", "argues", "noted", "notes", "wrote", "writes", "tweeted", "tweets", "acknowledged",
    "acknowledges", "revealed", "reveals", "replied", "replies", "alleged", "alleges", "estimated", "estimates",
    "suggested", "suggests", "emphasized", "emphasised", "stressed", "assured", "assures", "echoed", "blamed",
    "denounced", "accused", "accuses", "asserted", "asserts", "maintained", "contended", "testified", "predicted",
    "promised", "vowed", "recalled", "disclosed", "indicated", "observed", "remarked", "responded", "shouted",
    "answered", "asked", "urged", "highlighted", "attributed", "posted", "believes", "reads", "adding", "saying",
    "repeated", "insisting", "claiming",
  ]

  /// Speech verbs that are also plural nouns ("reports", "claims").
  static let nounLikeVerbs: Set<String> = ["reports", "claims", "estimates", "notes", "states", "statements"]

  /// Determiners and prepositions: a "verb" after one is a noun or an adjective ("the claims", "of claimed deaths").
  static let determiners: Set<String> = [
    "the", "a", "an", "of", "these", "those", "their", "its", "his", "her", "our", "such", "any", "no", "one",
  ]

  /// Words before a participle that make it passive or negated ("was not revealed"): not a report by a speaker.
  static let passiveMarkers: Set<String> = ["not", "was", "were", "been", "be", "is", "are", "being", "never"]

  /// Adverbs that may stand between a speaker and the verb ("Mamulashvili also said").
  static let speakerAdverbs: Set<String> = [
    "also", "later", "then", "again", "previously", "earlier", "repeatedly", "reportedly", "allegedly", "further",
    "had", "has", "have", "once", "recently", "publicly", "separately", "initially", "subsequently", "similarly",
  ]

  /// Words that end a speaker's noun phrase when reading backwards from the verb.
  static let clauseWords: Set<String> = [
    "that", "and", "but", "or", "so", "yet", "however", "when", "while", "because", "as", "if", "after",
    "before", "since", "although", "though", "where", "whereas", "than", "comes", "came", "is", "was", "are",
    "were", "to", "said", "says", "by", "from", "with", "for", "provided", "than",
  ]

  /// Relative pronouns: the speaker stands before the relative clause.
  static let relativePronouns: Set<String> = ["who", "which", "whose", "whom"]

  /// Personal pronouns that can stand for a person named earlier.
  static let personalPronouns: Set<String> = ["he", "she"]

  /// Nouns for a person, as in "the woman" or "the spokesman", which refer back to a speaker.
  static let personNouns: Set<String> = [
    "woman", "man", "spokesman", "spokeswoman", "spokesperson", "official", "soldier", "commander", "minister",
    "president", "prisoner", "source", "officer", "witness", "resident", "mother", "father", "wife", "husband",
  ]

  /// Words that make a name an organisation rather than a person.
  static let organisationWords: Set<String> = [
    "ministry", "directorate", "forces", "force", "army", "government", "department", "agency", "office", "council",
    "times", "news", "post", "press", "reuters", "npr", "bbc", "cnn", "afp", "ap", "party", "committee", "commission",
    "military", "authorities", "police", "court", "company", "group", "institute", "university", "kremlin",
    "pentagon", "embassy", "parliament", "congress", "senate", "administration", "service", "services", "mod",
    "union", "nato", "organization", "organisation", "bureau", "newsweek", "network", "channel", "report",
    "recording", "video", "statement", "estimates", "figures", "data",
  ]

  /// Cardinal number words and multiplicatives.
  static let numberWords: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "trillion", "trillions", "dozen", "dozens", "half", "double", "doubled", "triple", "tripled",
    "quadrupled", "twice", "percent", "percentage",
  ]

  /// Words of magnitude and money.
  static let quantityWords: Set<String> = [
    "percent", "million", "billion", "trillion", "dollars", "rate", "rates", "average", "total", "majority",
    "minority", "per", "number", "numbers", "amount", "budget", "deficit", "debt", "gdp", "income", "tax", "taxes",
    "cost", "costs", "price", "prices", "figures", "statistics", "toll", "casualties", "losses",
  ]

  /// Superlatives and words that assert a record.
  static let recordWords: Set<String> = [
    "most", "least", "best", "worst", "highest", "lowest", "largest", "biggest", "smallest", "fastest", "greatest",
    "record", "ever", "history", "historic", "unprecedented", "never", "first", "only", "all-time", "strongest",
    "weakest", "longest", "deadliest", "safest", "richest", "poorest",
  ]

  /// Words of comparison and change.
  static let changeWords: Set<String> = [
    "than", "more", "less", "fewer", "increase", "increased", "increases", "decrease", "decreased", "rose", "risen",
    "fell", "fallen", "grew", "grown", "dropped", "doubled", "tripled", "cut", "slashed", "raised", "higher",
    "lower", "up", "down", "lost", "gained", "created", "added", "reduced", "eliminated", "killed", "died",
  ]

  /// Auxiliaries and copulas that state facts.
  static let factualVerbs: Set<String> = [
    "is", "are", "was", "were", "has", "have", "had", "been", "did", "does",
  ]

  /// Modal verbs and markers of prediction.
  static let modalWords: Set<String> = [
    "will", "would", "should", "must", "can", "could", "might", "may", "shall", "going", "gonna", "expected",
    "expect", "hope", "want", "wants", "wish", "plan", "plans", "intend", "likely",
  ]

  /// First-person opinion, feeling and ceremony ("I think", "we love", "thank you").
  static let opinionWords: Set<String> = [
    "think", "believe", "feel", "hope", "love", "wish", "want", "thank", "thanks", "please", "congratulations",
    "bless", "proud", "honored", "honoured", "great", "wonderful", "beautiful", "amazing", "incredible",
    "tremendous", "fantastic", "terrible", "horrible", "welcome", "applause", "laughter", "cheers", "booing",
  ]

  /// First-person pronouns.
  static let firstPerson: Set<String> = ["i", "me", "my", "we", "us", "our"]

  /// Verbs that open an imperative sentence.
  static let imperativeOpeners: Set<String> = [
    "let", "please", "join", "imagine", "think", "look", "let's", "come", "listen", "remember", "consider", "tonight",
  ]

  /// Hedges: words that mark a statement as uncertain or second-hand.
  static let hedgeWords: Set<String> = [
    "allegedly", "alleged", "supposed", "supposedly", "apparent", "apparently", "reportedly", "purportedly",
    "purported", "claimed", "unconfirmed", "unverified", "rumored", "rumoured", "estimates", "estimated", "estimate",
    "possibly", "probably", "perhaps", "presumably", "likely", "unlikely", "may", "might", "unclear", "uncertain",
    "seemingly", "ostensibly", "suspected", "believed", "rumor", "rumors", "rumours",
  ]

  /// Verbs that hedge when followed by "to" or "that" ("appeared to", "suggests that").
  static let hedgeVerbs: Set<String> = [
    "appeared", "appears", "appear", "seemed", "seems", "seem", "suggests", "suggested", "suggest", "thought",
    "indicates", "indicated",
  ]

  /// Words that state disagreement between sources.
  static let disagreementWords: Set<String> = [
    "differed", "differ", "differs", "contradicted", "contradicts", "contradict", "disputed", "disputes", "dispute",
    "denied", "denies", "deny", "rejected", "rejects", "refuted", "refutes", "disagreed", "disagrees", "dismissed",
    "countered",
  ]

  /// Words that make a following verification verb a disclaimer.
  static let negations: Set<String> = [
    "not", "cannot", "couldn", "can", "unable", "never", "no", "wasn", "weren", "hasn", "haven", "didn", "isn",
    "aren",
  ]

  /// Verbs of verification.
  static let verificationVerbs: Set<String> = [
    "verify", "verified", "confirm", "confirmed", "corroborate", "corroborated", "authenticate", "authenticated",
    "substantiate", "substantiated",
  ]

  /// Verbs whose negation means the source did not say enough.
  static let disclosureVerbs: Set<String> = [
    "specify", "disclose", "reveal", "provide", "identify", "elaborate", "explain", "say", "give", "detail",
  ]

  /// Words ending in "-est" that are not superlatives.
  static let superlativeExceptions: Set<String> = [
    "interest", "protest", "request", "arrest", "forest", "harvest", "contest", "suggest",
  ]

  /// English function words and very common verbs, left out of topic words.
  static let functionWords: Set<String> = [
    "that", "this", "these", "those", "there", "their", "they", "them", "then", "than", "what", "when", "where",
    "which", "while", "who", "whom", "whose", "with", "within", "without", "would", "could", "should", "have", "has",
    "had", "having", "been", "being", "were", "will", "shall", "from", "into", "onto", "over", "under", "about",
    "after", "before", "because", "again", "also", "just", "only", "very", "much", "many", "more", "most", "some",
    "such", "other", "others", "each", "every", "both", "either", "neither", "here", "your", "yours", "ours", "mine",
    "hers", "itself", "himself", "herself", "themselves", "ourselves", "yourself", "said", "says", "say", "going",
    "doing", "does", "done", "make", "made", "know", "knew", "think", "thought", "want", "like", "well", "really",
    "thing", "things", "people", "said", "tell", "told", "come", "came", "take", "took", "look", "right", "good",
    "great", "even", "still", "ever", "never", "year", "years", "time", "times", "thank", "thanks", "much", "okay",
    "yeah", "lot", "lots", "way", "ways", "something", "anything", "nothing", "everything", "someone", "everyone",
    "anyone", "nobody", "maybe", "through", "during", "until", "against", "among", "around", "since", "though",
    "although", "whether", "upon", "also", "back", "down", "away", "into", "whole", "same", "another", "ones",
  ]
}
