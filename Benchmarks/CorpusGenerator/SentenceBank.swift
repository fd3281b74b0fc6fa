/// Sentence templates of news prose, by what they do in an article; slots are filled by `ArticleContext`.
///
/// Together they exercise what the extractor has to get right: figures with units and dates,
/// attribution before and after the claim, quotations of several sentences (and a bare quotation
/// continuing the last speaker), the publication's caveats and hedges, denials, questions, opinion,
/// and abbreviations and initials that do not end a sentence.
enum SentenceBank {
  static let figures = [
    "{Org} said {number} {measure} by {weekday} evening.",
    "At least {small} people were injured in {place} on {weekday}, according to {org}.",
    "The figure rose to {percent} in {month}, up from {percent} a year earlier, {org} said.",
    "{Org} put the cost at {money}, about {percent} more than the estimate published in {year}.",
    "By {time} on {weekday}, {number} {measure}, according to figures from {org}.",
    "It was the highest figure since {year}, when {number} {measure}.",
    "Officials said {number} {measure}, although {org} gave a figure of {number}.",
    "The {subject} cost {money} and took {small} months to finish.",
    "In {year}, {number} {measure} in {place}, compared with {number} last year.",
    "Around {percent} of residents in {place} were affected, the survey found.",
  ]

  static let attributions = [
    "{Speaker}, said {org} {action}.",
    "{Org} said it {action}.",
    "According to {org}, {subject} {action}.",
    "{Org} {action}, {person} told {agency}.",
    "{Person} told reporters on {weekday} that {subject} was not at risk.",
    "In a statement, {org} said it was aware of the reports and {action}.",
    "{Person} said {org} {action}, a claim {org} rejected.",
    "Dr. {surname} of {place} University said the early results were encouraging.",
    "Mr. {surname}, who has led {org} since {year}, said he {action}.",
    "The U.S. embassy in {otherplace} said on {weekday} that it was following events closely.",
    "Gov. {surname} told the assembly that {org} {action}.",
  ]

  /// Quotations of one to three sentences, with the speaker after, before, or left to the last one.
  static let quotations = [
    "“{quote} {quote,}” said {speaker}.",
    "“{quote} {quote} {quote,}” {person} said.",
    "{Speaker}, said: “{quote} {quote}”",
    "“{quote,}” {person} said. “{quote}”",
    "“{quote,}” {lasttitle} added.",
  ]

  /// The publication's own caveats: disclaimers, hedges and stated disagreement.
  static let caveats = [
    "{Agency} could not independently verify the figures.",
    "The claims could not be independently verified.",
    "{Org} did not respond to a request for comment.",
    "{Org} did not specify when the work would begin.",
    "{Subject} was allegedly damaged during the night.",
    "Police reportedly detained {small} people near the scene.",
    "The numbers appeared to be based on early estimates.",
    "These figures differed from those given by {org} on {weekday}.",
    "The identity of the man was not revealed.",
    "{Org} declined to comment on the estimates.",
  ]

  static let background = [
    "{Place} has a population of about {number}.",
    "The meeting began at {time} at the town hall on St. {surname} Street.",
    "The report, No. {small} in the series, runs to {number} pages.",
    "Hearings are expected to resume in {shortmonth} next year.",
    "The decision follows a review ordered by {org} in {year}.",
    "{Place} lies about {small} km north of the regional capital.",
  ]

  static let denials = [
    "{Org} denied that {subject} had been closed.",
    "{Org} rejected the suggestion that {subject} had failed.",
    "{Org} insisted that {subject} was working as designed.",
  ]

  static let questions = [
    "Why was the warning issued so late?",
    "Who will pay for {subject}?",
    "“Who is going to pay for this?” asked {person}, a local resident.",
    "Will {subject} be ready in time for the winter?",
  ]

  static let opinions = [
    "Critics say the plan does not go far enough.",
    "“I think it is the right decision,” said {person}.",
    "Many residents believe {org} has ignored the problem for years.",
    "Supporters say {subject} will pay for itself within a decade.",
  ]
}
