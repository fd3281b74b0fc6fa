/// What one generated article is about: the words and sentence pieces of one kind of local news story.
///
/// Every string may hold template slots (see `Template`). `measures` follow a number ("1,240 homes were
/// flooded"); `actions` follow a subject ("the council said it would …"); `quotes` are whole sentences
/// someone says.
struct Topic: Sendable {
  var headlines: [String]
  var organisations: [String]
  var titles: [String]
  var subjects: [String]
  var measures: [String]
  var actions: [String]
  var quotes: [String]
  var facts: [String]
  var captions: [String]

  /// The topics, one picked per article.
  static let all: [Topic] = [
    flooding, transport, budget, health, energy, schools, housing, farming, policing, wildfire,
  ]

  static let flooding = Topic(
    headlines: [
      "Floods cut power to {number} homes in {place}", "{Place} counts the cost after river bursts its banks",
      "Flood barrier in {place} failed, engineers say", "Rain warning extended across {region}",
    ],
    organisations: ["the {place} Water Board", "the Environment Office", "{place} Council", "the fire service"],
    titles: ["chief engineer", "flood warden", "council leader", "fire chief", "water board spokesperson"],
    subjects: ["the flood barrier", "the river defences", "the pumping station", "the main road", "the old bridge"],
    measures: [
      "homes were flooded", "households lost power", "people were moved to emergency shelters",
      "millimetres of rain fell in 24 hours", "businesses were damaged", "roads were closed",
    ],
    actions: [
      "would repair the barrier before the winter", "had warned residents two days earlier",
      "was reviewing its emergency plans", "would pay for temporary housing",
      "had not been told the pumps had failed",
    ],
    quotes: [
      "We knew the water was rising.", "Nobody expected it to come this fast.",
      "The pumps simply could not keep up.", "We lost everything on the ground floor.",
      "This is the third time in five years.", "Our crews worked through the night.",
    ],
    facts: [
      "The barrier was completed in {year} at a cost of {money}.",
      "The river last flooded the town centre in {year}.",
      "{Place} sits on a flood plain where two rivers meet.",
    ],
    captions: ["Residents clear debris from a flooded street in {place}", "A pumping station under water near {place}"]
  )

  static let transport = Topic(
    headlines: [
      "Rail line to {place} to close for {small} weeks", "Bus fares in {place} rise by {percent}",
      "Commuters face delays as signal fault hits {region}", "New tram route for {place} approved",
    ],
    organisations: [
      "{place} Transport Authority", "the rail operator", "the Ministry of Transport", "{place} Council",
    ],
    titles: ["transport minister", "operations director", "union representative", "network manager"],
    subjects: ["the new timetable", "the signal upgrade", "the tram extension", "the station car park"],
    measures: [
      "trains were cancelled", "passengers were stranded", "journeys were made on the line last year",
      "buses were taken out of service", "complaints were received",
    ],
    actions: [
      "would refund season ticket holders", "had ordered {small} new trains", "blamed a supplier for the delay",
      "was considering a cheaper fare for students", "expected the line to reopen in {month}",
    ],
    quotes: [
      "Passengers deserve better than this.", "The network is older than most of the people using it.",
      "We apologise for the disruption.", "Every day there is another cancellation.",
      "The work cannot wait any longer.",
    ],
    facts: [
      "The line opened in {year} and carries about {number} passengers a day.",
      "The last major upgrade of the signals was in {year}.",
      "Fares in {place} are among the highest in {region}.",
    ],
    captions: ["Passengers wait on a platform at {place} station", "A tram on the new line in {place}"]
  )

  static let budget = Topic(
    headlines: [
      "{Place} council approves {money} budget", "Council tax in {place} to rise {percent}",
      "Auditors question {place} spending", "Libraries spared as {place} cuts {money}",
    ],
    organisations: ["{place} Council", "the finance committee", "the Audit Office", "the opposition group"],
    titles: ["finance director", "council leader", "chief auditor", "opposition leader", "treasurer"],
    subjects: ["the budget", "the spending plan", "the reserve fund", "the audit report", "the tax increase"],
    measures: [
      "jobs will be cut", "households will pay more", "services were reviewed", "posts were left unfilled",
      "contracts were awarded without a tender",
    ],
    actions: [
      "would protect frontline services", "had overspent on consultants", "was facing a shortfall of {money}",
      "would publish the full accounts in {month}", "denied that any libraries would close",
    ],
    quotes: [
      "These are the hardest choices we have faced.", "Nobody came into politics to cut services.",
      "The numbers do not add up.", "We have balanced the books without closing a single library.",
      "Residents will see the difference on their bills.",
    ],
    facts: [
      "The council employs about {number} people.", "Its reserves stood at {money} at the end of {year}.",
      "The tax was last frozen in {year}.",
    ],
    captions: ["Councillors vote on the budget in {place}", "The town hall in {place}"]
  )

  static let health = Topic(
    headlines: [
      "Waiting times at {place} hospital reach record", "{Place} clinic to close its doors",
      "Nurses in {region} vote to strike", "Measles cases rise in {place}",
    ],
    organisations: ["{place} General Hospital", "the health board", "the Ministry of Health", "the nurses' union"],
    titles: ["medical director", "health minister", "chief nurse", "union official", "hospital chief executive"],
    subjects: ["the emergency department", "the new ward", "the vaccination programme", "the waiting list"],
    measures: [
      "patients waited more than four hours", "operations were postponed", "cases were confirmed",
      "nurses left the service", "beds were occupied",
    ],
    actions: [
      "would hire {small} more nurses", "had asked for extra funding", "was investigating the complaints",
      "expected the waiting list to fall by {month}", "said the ward would reopen next year",
    ],
    quotes: [
      "Staff are exhausted.", "We are doing everything we can to see patients quickly.",
      "I waited nine hours with my father.", "The figures speak for themselves.",
      "Nobody should have to wait this long.",
    ],
    facts: [
      "The hospital has {number} beds.", "The emergency department was rebuilt in {year}.",
      "About {percent} of patients were seen within four hours last year.",
    ],
    captions: ["Ambulances outside {place} General Hospital", "A nurse at work on a ward in {place}"]
  )

  static let energy = Topic(
    headlines: [
      "Power cut leaves {number} homes in the dark", "Wind farm off {place} approved",
      "Energy prices in {region} up {percent}", "{Place} plant to close by {year}",
    ],
    organisations: ["the grid operator", "{place} Energy", "the energy regulator", "the Ministry of Energy"],
    titles: ["energy minister", "plant manager", "regulator's spokesperson", "grid engineer"],
    subjects: ["the wind farm", "the power station", "the new substation", "the price cap"],
    measures: [
      "homes lost power", "megawatts of capacity were added", "customers switched supplier",
      "jobs depend on the plant", "turbines will be built",
    ],
    actions: [
      "would restore power by the evening", "had approved a rise in the price cap",
      "blamed the cut on a fault at a substation", "was investing {money} in new cables",
      "planned to close the plant in {year}",
    ],
    quotes: [
      "The lights went out just after six.", "This is a good day for the region.",
      "Bills are already too high.", "We will not leave the workers behind.",
      "The grid was never built for this.",
    ],
    facts: [
      "The plant opened in {year}.", "It supplies about {percent} of the region's electricity.",
      "The substation serves {number} homes.",
    ],
    captions: ["Engineers repair a power line near {place}", "Wind turbines off the coast of {place}"]
  )

  static let schools = Topic(
    headlines: [
      "Exam results in {place} best since {year}", "{Place} school to merge with neighbour",
      "Teachers in {region} reject pay offer", "School meals price to rise in {place}",
    ],
    organisations: [
      "{place} Education Authority", "the teachers' union", "the Ministry of Education", "the school board",
    ],
    titles: ["head teacher", "education minister", "union secretary", "board chair"],
    subjects: ["the merger", "the pay offer", "the new curriculum", "the school building"],
    measures: [
      "pupils passed their exams", "teachers signed the letter", "schools will be affected",
      "children are on the waiting list", "classrooms need repairs",
    ],
    actions: [
      "would consult parents before deciding", "had rejected the offer", "was short of {small} teachers",
      "expected the building to reopen in {month}", "said the merger would save {money}",
    ],
    quotes: [
      "Our pupils have worked incredibly hard.", "The offer is simply not enough.",
      "Parents were not asked.", "We want every child to have a place close to home.",
      "The roof has leaked for years.",
    ],
    facts: [
      "The school has {number} pupils.", "It was founded in {year}.",
      "About {percent} of pupils in {place} go on to university.",
    ],
    captions: ["Pupils at a school in {place}", "Teachers on a picket line in {place}"]
  )

  static let housing = Topic(
    headlines: [
      "Rents in {place} up {percent} in a year", "{Number} new homes planned for {place}",
      "Tenants evicted as {place} block declared unsafe", "House prices fall in {region}",
    ],
    organisations: ["{place} Council", "the housing association", "the tenants' union", "the planning committee"],
    titles: ["housing minister", "planning officer", "tenants' representative", "developer's spokesperson"],
    subjects: ["the housing plan", "the tower block", "the new estate", "the rent cap"],
    measures: [
      "families are on the housing list", "homes will be built", "tenants were evicted",
      "flats were declared unsafe", "applications were approved",
    ],
    actions: [
      "would build {number} affordable homes", "had inspected the block in {year}",
      "was offering tenants temporary housing", "denied that the block was unsafe",
      "said the plan would take {small} years",
    ],
    quotes: [
      "We had two days to leave.", "Young people cannot afford to live here any more.",
      "Safety is our first priority.", "These homes are long overdue.", "Nobody told us anything.",
    ],
    facts: [
      "The block was built in {year} and has {small} floors.", "Average rent in {place} is {money} a month.",
      "The housing list has grown every year since {year}.",
    ],
    captions: ["The tower block in {place} where tenants were evicted", "Building work on the new estate in {place}"]
  )

  static let farming = Topic(
    headlines: [
      "Drought cuts {place} harvest by {percent}", "Farmers in {region} protest over prices",
      "Bird flu found on farm near {place}", "Record grain yield in {region}",
    ],
    organisations: [
      "the Farmers' Union", "the Ministry of Agriculture", "the food standards agency", "{place} market",
    ],
    titles: ["agriculture minister", "union president", "farm owner", "veterinary officer"],
    subjects: ["the harvest", "the subsidy scheme", "the export ban", "the grain price"],
    measures: [
      "tonnes of grain were harvested", "farms were inspected", "birds were culled", "hectares were left unplanted",
      "farmers joined the protest",
    ],
    actions: [
      "would compensate affected farmers", "had banned the movement of animals", "was reviewing the subsidy",
      "expected prices to recover by {month}", "blamed the drought for the losses",
    ],
    quotes: [
      "It has not rained properly since spring.", "We are selling at a loss.",
      "The controls are there to stop the spread.", "My family has farmed here for four generations.",
      "Nobody in the capital understands this.",
    ],
    facts: [
      "Farming employs about {number} people in {region}.", "The last comparable drought was in {year}.",
      "The region produces about {percent} of the country's wheat.",
    ],
    captions: ["A dry field near {place}", "Farmers drive tractors through {place} in protest"]
  )

  static let policing = Topic(
    headlines: [
      "Burglaries in {place} fall {percent}", "{Number} arrested after protest in {place}",
      "Police station in {place} to close", "Inquiry into {place} police response",
    ],
    organisations: ["{place} Police", "the police union", "the Ministry of the Interior", "the civil liberties group"],
    titles: ["chief constable", "police spokesperson", "interior minister", "campaigner"],
    subjects: ["the inquiry", "the station closure", "the arrests", "the new patrols"],
    measures: [
      "people were arrested", "burglaries were reported", "officers were deployed", "complaints were upheld",
      "calls went unanswered",
    ],
    actions: [
      "would review the footage", "had increased patrols in the town centre", "denied using excessive force",
      "was appealing for witnesses", "said {small} officers had been injured",
    ],
    quotes: [
      "Our officers acted with restraint.", "People want to see police on the streets.",
      "We were peaceful from start to finish.", "Every report is taken seriously.",
      "The station is the only one for miles.",
    ],
    facts: [
      "The force has about {number} officers.", "The station opened in {year}.",
      "Recorded crime in {place} fell by {percent} last year.",
    ],
    captions: ["Police officers in the centre of {place}", "Protesters gather outside the town hall in {place}"]
  )

  static let wildfire = Topic(
    headlines: [
      "Wildfire near {place} forces evacuations", "{Number} hectares burned in {region}",
      "Firefighters contain blaze outside {place}", "Fire season starts early in {region}",
    ],
    organisations: ["the fire service", "the forestry agency", "{place} Council", "the weather service"],
    titles: ["fire chief", "forestry officer", "mayor", "meteorologist"],
    subjects: ["the fire", "the evacuation order", "the firebreak", "the water bombers"],
    measures: [
      "hectares were burned", "people were evacuated", "homes were destroyed", "firefighters were deployed",
      "aircraft joined the effort",
    ],
    actions: [
      "would lift the evacuation order on {weekday}", "had asked neighbouring regions for help",
      "believed the fire was started deliberately", "was keeping the roads closed",
      "expected rain to help by the weekend",
    ],
    quotes: [
      "The wind changed direction in minutes.", "We could see the flames from the kitchen.",
      "Crews are exhausted but holding the line.", "Please follow the evacuation orders.",
      "We have never seen a fire like this so early in the year.",
    ],
    facts: [
      "The forest covers about {number} hectares.", "The last major fire in the area was in {year}.",
      "Temperatures reached {small} degrees on {weekday}.",
    ],
    captions: ["Smoke rises over the hills near {place}", "A firefighter tackles flames outside {place}"]
  )
}
