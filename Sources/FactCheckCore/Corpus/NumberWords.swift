/// Numbers written in words ("eight", "twenty-five", "1.5 million") and in digits ("38,550").
enum NumberWords {
  /// The values of the number words up to nineteen, and of the tens.
  static let units: [String: Double] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
  ]

  /// Words that multiply the number before them.
  static let multipliers: [String: Double] = [
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12,
  ]

  /// The value of a digit token: `,` separates thousands (when three digits follow), `.` is the decimal point.
  static func value(ofDigits text: String) -> Double? {
    let groups = text.split(separator: ",", omittingEmptySubsequences: false)
    // "38,550" and "1,234.5": every group after the first has three digits before any decimal point.
    for group in groups.dropFirst() where group.prefix(while: { $0 != "." }).count != 3 { return nil }
    return Double(groups.joined())
  }

  /// Formats `value` for display with thousands separators ("38,550", "1.5").
  static func display(_ value: Double) -> String {
    guard value == value.rounded(), abs(value) < 1e15 else {
      var text = String(value)
      if text.hasSuffix(".0") { text.removeLast(2) }
      return text
    }
    let digits = String(Int64(value.magnitude))
    var grouped = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return (value < 0 ? "-" : "") + grouped
  }
}
