// swift-tools-version: 6.2
// Backprop: a terminal notebook for learning deep learning.
// Targets and ranks follow STYLE.md: a target imports only lower-ranked targets it lists.

import Foundation
import PackageDescription

/// Release builds of the compute core use AVX2 + FMA when the building machine has them.
///
/// Swift's default x86-64 target has no FMA, and the SIMD kernels then fall back to a library call per
/// element (about 50x slower). The flags are chosen from the building machine's `/proc/cpuinfo`, like
/// `-march=native` limited to x86-64-v3 (AVX2) or x86-64-v4 (AVX-512), so a build still succeeds and runs on any CPU.
/// `BACKPROP_PORTABLE=1` turns this off. See DECISIONS.md, "Vector instructions in release builds".
func vectorSettings() -> [SwiftSetting] {
  #if arch(x86_64) && os(Linux)
    if ProcessInfo.processInfo.environment["BACKPROP_PORTABLE"] == "1" { return [] }
    guard let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
      let flagsLine = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
    else { return [] }
    let flags = Set(flagsLine.split(separator: " ").map(String.init))
    guard flags.isSuperset(of: ["avx2", "fma", "bmi2", "movbe"]) else { return [] }
    // x86-64-v4 adds AVX-512; the define selects the matrix kernel sized for its 32 registers.
    if flags.isSuperset(of: ["avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"]) {
      return [
        .unsafeFlags(["-Xcc", "-march=x86-64-v4"], .when(configuration: .release)),
        .define("BACKPROP_AVX512", .when(configuration: .release)),
      ]
    }
    return [.unsafeFlags(["-Xcc", "-march=x86-64-v3"], .when(configuration: .release))]
  #else
    return []
  #endif
}

/// A target of this package: its name and what it imports (targets of this package by name,
/// products of other packages).
struct Module {
  var name: String
  var dependencies: [String]
  var products: [Target.Dependency] = []
  var kind: Kind = .library
  var path: String? = nil
  var settings: [SwiftSetting] = []
  var linkerSettings: [LinkerSetting] = []
  /// Files in the target's folder that are not sources: test scripts, snapshots, oracle generators.
  var exclude: [String] = []
  enum Kind { case library, executable, test, system }
}

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let modules: [Module] = [
  // rank 0
  Module(name: "NeuralCore", dependencies: [], settings: vectorSettings()),
  Module(name: "TextPlot", dependencies: []),
  Module(name: "CNcursesw", dependencies: [], kind: .system),
  Module(name: "CReadline", dependencies: [], kind: .system),
  // rank 1
  // The interpreter's frames and globals are touched on every statement; dynamic exclusivity
  // checks cost about 8% of a loop. numpy's element-wise loops live here too and get the same
  // vector instructions as the core. See DECISIONS.md, "Interpreter build flags".
  Module(
    name: "MiniPython", dependencies: ["NeuralCore", "TextPlot"],
    settings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
      + vectorSettings()),
  // rank 2
  Module(name: "LessonKit", dependencies: ["MiniPython", "NeuralCore", "TextPlot"]),
  // rank 3
  Module(name: "NotebookUI", dependencies: ["LessonKit", "MiniPython", "TextPlot"]),
  // rank 4
  Module(
    name: "CursesTerminal",
    dependencies: ["NotebookUI", "LessonKit", "MiniPython", "TextPlot", "CNcursesw", "CReadline"]),
  // rank 5
  Module(
    name: "backprop",
    dependencies: [
      "CursesTerminal", "NotebookUI", "LessonKit", "MiniPython", "TextPlot", "NeuralCore",
    ], products: [.product(name: "ArgumentParser", package: "swift-argument-parser")],
    kind: .executable,
    // The Swift runtime linked in: its retain and release are then direct calls, not calls
    // through the dynamic loader's table, and small-array scripts run about 10% faster. Only
    // FoundationEssentials is imported, so no ICU data is linked. See DECISIONS.md, "A static
    // Swift runtime".
    linkerSettings: [
      .unsafeFlags(
        [
          "-static-stdlib", "-use-ld=lld",
          // FoundationEssentials' own dependencies, listed after it for the static linker.
          "-Xlinker", "--start-group", "-lFoundationEssentials", "-l_FoundationCollections",
          "-l_FoundationCShims", "-Xlinker", "--end-group",
        ], .when(platforms: [.linux], configuration: .release))
    ]),
  // benchmarks: release-mode runners that print figures side by side (never timed tests)
  Module(
    name: "CoreBenchmarks", dependencies: ["NeuralCore"], kind: .executable,
    path: "Benchmarks/CoreBenchmarks", settings: vectorSettings()),
  Module(
    name: "PlotBenchmarks", dependencies: ["TextPlot"], kind: .executable,
    path: "Benchmarks/PlotBenchmarks"),
  Module(
    name: "UIBenchmarks", dependencies: ["NotebookUI", "LessonKit", "MiniPython", "TextPlot"],
    kind: .executable, path: "Benchmarks/UIBenchmarks"),
  // tests
  Module(name: "TestSupport", dependencies: ["NeuralCore"]),
  Module(
    name: "NeuralCoreTests", dependencies: ["NeuralCore", "TestSupport"], kind: .test,
    exclude: ["Random/make_vectors.py", "Datasets/make_vectors.py"]),
  Module(
    name: "TextPlotTests", dependencies: ["TextPlot", "TestSupport"], kind: .test,
    exclude: ["Snapshots"]),
  Module(
    name: "MiniPythonTests", dependencies: ["MiniPython", "NeuralCore", "TextPlot", "TestSupport"],
    kind: .test, exclude: ["Scripts", "Numpy/Oracles"]),
  Module(
    name: "LessonKitTests", dependencies: ["LessonKit", "MiniPython", "TextPlot", "TestSupport"],
    kind: .test),
  Module(
    name: "NotebookUITests",
    dependencies: ["NotebookUI", "LessonKit", "MiniPython", "TextPlot", "TestSupport"], kind: .test,
    exclude: ["Snapshots"]),
  Module(
    name: "CursesTerminalTests",
    dependencies: ["CursesTerminal", "NotebookUI", "TextPlot", "CNcursesw"], kind: .test),
  Module(
    name: "EndToEndTests",
    dependencies: ["TestSupport"],
    products: [.product(name: "Subprocess", package: "swift-subprocess")], kind: .test),
]

func target(_ module: Module) -> Target {
  let settings = swiftSettings + module.settings
  let dependencies = module.dependencies.map { Target.Dependency(stringLiteral: $0) } + module.products
  switch module.kind {
  case .library:
    return .target(
      name: module.name, dependencies: dependencies, path: module.path,
      exclude: module.exclude, swiftSettings: settings)
  case .executable:
    return .executableTarget(
      name: module.name, dependencies: dependencies, path: module.path,
      exclude: module.exclude, swiftSettings: settings, linkerSettings: module.linkerSettings)
  case .test:
    return .testTarget(
      name: module.name, dependencies: dependencies, path: module.path,
      exclude: module.exclude, swiftSettings: settings)
  case .system:
    let package = module.name == "CNcursesw" ? "libncurses-dev" : "libreadline-dev"
    return .systemLibrary(name: module.name, providers: [.apt([package])])
  }
}

let package = Package(
  name: "Backprop",
  platforms: [.macOS(.v15)],
  products: [.executable(name: "backprop", targets: ["backprop"])],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
  ],
  targets: modules.map(target)
)
