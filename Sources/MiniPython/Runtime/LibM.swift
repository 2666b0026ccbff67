#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C maths library, wrapped so that only this file imports it.
enum LibM {
  static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
  static func fmod(_ x: Double, _ y: Double) -> Double { Glibc.fmod(x, y) }
  static func exp(_ x: Double) -> Double { Glibc.exp(x) }
  static func expm1(_ x: Double) -> Double { Glibc.expm1(x) }
  static func log(_ x: Double) -> Double { Glibc.log(x) }
  static func log2(_ x: Double) -> Double { Glibc.log2(x) }
  static func log10(_ x: Double) -> Double { Glibc.log10(x) }
  static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
  static func sqrt(_ x: Double) -> Double { x.squareRoot() }
  static func sin(_ x: Double) -> Double { Glibc.sin(x) }
  static func cos(_ x: Double) -> Double { Glibc.cos(x) }
  static func tan(_ x: Double) -> Double { Glibc.tan(x) }
  static func asin(_ x: Double) -> Double { Glibc.asin(x) }
  static func acos(_ x: Double) -> Double { Glibc.acos(x) }
  static func atan(_ x: Double) -> Double { Glibc.atan(x) }
  static func atan2(_ y: Double, _ x: Double) -> Double { Glibc.atan2(y, x) }
  static func sinh(_ x: Double) -> Double { Glibc.sinh(x) }
  static func cosh(_ x: Double) -> Double { Glibc.cosh(x) }
  static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
  static func hypot(_ x: Double, _ y: Double) -> Double { Glibc.hypot(x, y) }
  static func erf(_ x: Double) -> Double { Glibc.erf(x) }
  static func erfc(_ x: Double) -> Double { Glibc.erfc(x) }
  static func lgamma(_ x: Double) -> Double { Glibc.lgamma(x) }
  static func tgamma(_ x: Double) -> Double { Glibc.tgamma(x) }

  /// Seconds since the Unix epoch, from the real-time clock.
  static func wallClock() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// Seconds from a monotonic clock (for `time.perf_counter`).
  static func monotonicClock() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// Sleeps the calling thread.
  static func sleep(seconds: Double) {
    guard seconds > 0 else { return }
    var spec = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
    _ = nanosleep(&spec, nil)
  }
}
