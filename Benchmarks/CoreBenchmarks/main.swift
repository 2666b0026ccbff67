import Foundation
import NeuralCore

// Prints Backprop's compute-core figures beside numpy's, measured in one run on this machine.
// Run it as the README builds Backprop: `swift run -c release CoreBenchmarks`.

func figure(_ value: Double?, digits: Int = 1) -> String {
  guard let value, value.isFinite else { return "-" }
  return String(format: "%.\(digits)f", value)
}

func column(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

if CommandLine.arguments.contains("--cpu-time") { Timing.clock = .cpu }
if CommandLine.arguments.contains("--fastest") { Timing.fastest = true }
// `--profile N` repeats product N of the table for a few seconds, for a profiler to sample, on
// one thread or `--threads T`. With `--cpu-time` too, the figure is per CPU-second of all threads.
if let flag = CommandLine.arguments.firstIndex(of: "--profile"), flag + 1 < CommandLine.arguments.count,
  let index = Int(CommandLine.arguments[flag + 1]), MatmulCase.all.indices.contains(index)
{
  let c = MatmulCase.all[index]
  let threads = CommandLine.arguments.firstIndex(of: "--threads").flatMap {
    $0 + 1 < CommandLine.arguments.count ? Int(CommandLine.arguments[$0 + 1]) : nil
  } ?? 1
  for _ in 0..<20 { print(c.name, figure(c.flops / c.swiftSeconds(threads: threads) / 1e9), "GFLOP/s") }
  exit(0)
}
let threadCounts = Timing.clock == .wall ? [1, 2] : [1]
print("Backprop core benchmarks: \(Timing.fastest ? "fastest" : "medians") of 5 rounds, \(Timing.clock == .wall ? "wall-clock" : "CPU") time; numpy run as python3 subprocesses")
let environment = ProcessInfo.processInfo.environment
#if BACKPROP_AVX512
  let kernel = "x86-64-v4 (AVX-512), 12x16 register block"
#else
  let kernel = "x86-64-v3 (AVX2) or baseline, 6x8 register block"
#endif
print("build: release for \(kernel); BACKPROP_PORTABLE=\(environment["BACKPROP_PORTABLE"] ?? "unset")")
let worst = SelfCheck.gemmWorstDifference()
print("GEMM self-check against a naive product (11 shapes x 4 transposes x 3 α,β): largest relative difference \(worst)")
if !(worst < 1e-12) {
  print("error: GEMM disagrees with the naive product")
  exit(1)
}
let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first
print("load average at start: \(load ?? "unknown") (figures from a busy machine understate both sides)")
let peak1 = Peak.gigaflops(threads: 1), peak2 = Timing.clock == .wall ? Peak.gigaflops(threads: 2) : .nan
print("FP64 peak from an FMA loop: 1 core \(figure(peak1)) GFLOP/s, 2 cores \(figure(peak2)) GFLOP/s")
if peak1 < 10 { print("warning: the FMA loop is slow, so this build has no vector FMA (see DECISIONS.md)") }
print("")

// `--cases 5,7` times only those products of the table (by index), skipping the rest.
var chosen = Array(MatmulCase.all.indices)
if let flag = CommandLine.arguments.firstIndex(of: "--cases"), flag + 1 < CommandLine.arguments.count {
  chosen = CommandLine.arguments[flag + 1].split(separator: ",").compactMap { Int($0) }
    .filter { MatmulCase.all.indices.contains($0) }
}
let only = CommandLine.arguments.contains("--cases")
let cases = MatmulCase.all
var numpy: [Int: NumpyReference] = [:]
for threads in threadCounts {
  do {
    let reference = try NumpyReference(threads: threads, cases: cases, elementwise: ElementwiseCase.all, clock: Timing.clock)
    if reference.seconds(.product(0)) == nil {
      print("numpy reference unavailable: \(reference.errorText().split(separator: "\n").last ?? "")")
    } else {
      numpy[threads] = reference
    }
  } catch {
    print("numpy reference unavailable: python3 did not start: \(error)")
  }
}

print("matrix multiply, GFLOP/s".padding(toLength: 46, withPad: " ", startingAt: 0)
  + column("1 thread: Swift", 16) + column("numpy", 8) + column("x", 7)
  + column("2 threads: Swift", 18) + column("numpy", 8) + column("x", 7))
for index in chosen {
  let c = cases[index]
  var line = c.name.padding(toLength: 46, withPad: " ", startingAt: 0)
  for threads in threadCounts {
    // Swift and numpy alternate case by case, so both see the same machine load.
    let swift = c.flops / c.swiftSeconds(threads: threads) / 1e9
    let reference = numpy[threads]?.seconds(.product(index)).map { c.flops / $0 / 1e9 }
    line += column(figure(swift), threads == 1 ? 16 : 18) + column(figure(reference), 8)
      + column(reference.map { figure(swift / $0, digits: 2) } ?? "-", 7)
  }
  print(line)
}
if only { exit(0) }
print("")
let convSwift = ConvolutionCase.swiftSeconds()
let convNumpy = numpy[1]?.seconds(.convolution)
print(ConvolutionCase.description + ", ms: Swift \(figure(convSwift * 1e3, digits: 2)), numpy im2col (1 thread) "
  + "\(figure(convNumpy.map { $0 * 1e3 }, digits: 2)), x \(convNumpy.map { figure($0 / convSwift, digits: 2) } ?? "-")")
print("")
print("element-wise, ns per call".padding(toLength: 46, withPad: " ", startingAt: 0) + column("Swift", 16) + column("numpy", 8) + column("x", 7))
for (index, e) in ElementwiseCase.all.enumerated() {
  let swift = e.swiftSeconds()
  let reference = numpy[1]?.seconds(.elementwise(index))
  print(e.name.padding(toLength: 46, withPad: " ", startingAt: 0) + column(figure(swift * 1e9, digits: 0), 16)
    + column(figure(reference.map { $0 * 1e9 }, digits: 0), 8) + column(reference.map { figure($0 / swift, digits: 2) } ?? "-", 7))
}
print("(x = Swift's speed / numpy's: above 1 means Swift is faster)")
