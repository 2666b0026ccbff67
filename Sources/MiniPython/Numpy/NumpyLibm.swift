// The only file of the numpy module that imports the C library: its functions are wrapped here.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C maths library's elementary functions, for the numpy module.
enum NumpyLibm {
  @inline(__always) static func exp(_ x: Double) -> Double { Glibc.exp(x) }
  @inline(__always) static func expm1(_ x: Double) -> Double { Glibc.expm1(x) }
  @inline(__always) static func log(_ x: Double) -> Double { Glibc.log(x) }
  @inline(__always) static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
  @inline(__always) static func log2(_ x: Double) -> Double { Glibc.log2(x) }
  @inline(__always) static func log10(_ x: Double) -> Double { Glibc.log10(x) }
  @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
  @inline(__always) static func sin(_ x: Double) -> Double { Glibc.sin(x) }
  @inline(__always) static func cos(_ x: Double) -> Double { Glibc.cos(x) }
  @inline(__always) static func tan(_ x: Double) -> Double { Glibc.tan(x) }
  @inline(__always) static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
  @inline(__always) static func sinh(_ x: Double) -> Double { Glibc.sinh(x) }
  @inline(__always) static func cosh(_ x: Double) -> Double { Glibc.cosh(x) }
  @inline(__always) static func arcsin(_ x: Double) -> Double { Glibc.asin(x) }
  @inline(__always) static func arccos(_ x: Double) -> Double { Glibc.acos(x) }
  @inline(__always) static func arctan(_ x: Double) -> Double { Glibc.atan(x) }
  @inline(__always) static func arctan2(_ y: Double, _ x: Double) -> Double { Glibc.atan2(y, x) }
  @inline(__always) static func fmod(_ x: Double, _ y: Double) -> Double { Glibc.fmod(x, y) }
  @inline(__always) static func hypot(_ x: Double, _ y: Double) -> Double { Glibc.hypot(x, y) }
}
