import Foundation

/// ISO-8601 UTC timestamps with whole seconds, as stored in annotation files.
public enum Timestamp {
  /// The timestamp of `date`, such as `2026-01-31T09:30:00Z`.
  public static func string(from date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func pad(_ value: Int?, _ width: Int) -> String {
      let digits = String(value ?? 0)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T"
      + "\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))Z"
  }

  /// Whether `text` has the form `YYYY-MM-DDTHH:MM:SSZ` with plausible field values.
  public static func isValid(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 20 else { return false }
    let shape = Array("dddd-dd-ddTdd:dd:ddZ".utf8)
    for (byte, expected) in zip(bytes, shape) {
      if expected == UInt8(ascii: "d") {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
      } else if byte != expected {
        return false
      }
    }
    func field(_ range: Range<Int>) -> Int {
      bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
    return (1...12).contains(field(5..<7)) && (1...31).contains(field(8..<10))
      && field(11..<13) < 24 && field(14..<16) < 60 && field(17..<19) < 61
  }
}
