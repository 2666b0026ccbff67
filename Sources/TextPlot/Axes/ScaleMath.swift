// The only file of TextPlot that imports the C library: elementary functions are wrapped here.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The elementary functions TextPlot needs (log scales), wrapped for the rest of the module.
enum ScaleMath {
  @inline(__always) static func log10(_ x: Double) -> Double { cLog10(x) }
  @inline(__always) static func pow10(_ x: Double) -> Double { cPow(10, x) }
}

@inline(__always) private func cLog10(_ x: Double) -> Double { log10(x) }
@inline(__always) private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
