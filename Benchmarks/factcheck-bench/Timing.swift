import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Clocks and summary statistics for measurements.
enum Timing {
  /// Seconds on the monotonic clock.
  static func now() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }

  /// User and system processor seconds of this process so far, every thread included.
  static func processorTime() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// This process's peak resident set size so far, in bytes.
  static func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
  }

  /// Wall and processor seconds of one call of `body`.
  static func measure(_ body: () throws -> Void) rethrows -> (wall: Double, processor: Double) {
    let (wallStart, processorStart) = (now(), processorTime())
    try body()
    return (now() - wallStart, processorTime() - processorStart)
  }

  /// The nearest-rank percentile `fraction` of `samples` (0.99 for p99).
  static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
    guard !samples.isEmpty else { return .nan }
    let sorted = samples.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }

  /// The median of `samples`.
  static func median(_ samples: [Double]) -> Double { percentile(samples, 0.5) }
}
