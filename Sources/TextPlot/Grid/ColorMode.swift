/// What a terminal can show: a colour depth and whether it has Unicode plotting characters.
///
/// Plots render for a mode (a monochrome heat map uses a shade ramp, an ASCII-only plot uses
/// `*`, `#`, `|` and `-` instead of braille and blocks); `CellGrid.ansiLines(mode:)` writes the
/// escape codes a mode allows.
public struct ColorMode: Sendable, Hashable {
  /// How many colours the terminal has.
  public enum Depth: Sendable, Hashable, CaseIterable {
    case truecolor, palette256, palette16, monochrome
  }

  public var depth: Depth
  /// No braille, block, shade or box-drawing characters: ASCII only.
  public var isASCIIOnly: Bool

  public init(depth: Depth, isASCIIOnly: Bool = false) {
    self.depth = depth
    self.isASCIIOnly = isASCIIOnly
  }

  public static let truecolor = ColorMode(depth: .truecolor)
  public static let palette256 = ColorMode(depth: .palette256)
  public static let palette16 = ColorMode(depth: .palette16)
  public static let monochrome = ColorMode(depth: .monochrome)
  /// Monochrome and ASCII-only: the plainest output, for `TERM=dumb` and logs.
  public static let ascii = ColorMode(depth: .monochrome, isASCIIOnly: true)

  /// Whether colours are shown at all.
  public var hasColor: Bool { depth != .monochrome }

  /// The mode the environment asks for.
  ///
  /// - `NO_COLOR` set to anything non-empty: monochrome (no-color.org);
  /// - `TERM=dumb`: monochrome and ASCII-only;
  /// - `COLORTERM=truecolor` or `24bit`: truecolor;
  /// - `TERM` containing `256color`: 256 colours;
  /// - `TERM` unset or empty: monochrome; any other `TERM`: 16 colours.
  ///
  /// The environment is passed as a value (for example `ProcessInfo.processInfo.environment`),
  /// so the decision is testable.
  public static func detect(environment: [String: String]) -> ColorMode {
    let term = environment["TERM"] ?? ""
    if term == "dumb" { return .ascii }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
    let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
    if colorTerm == "truecolor" || colorTerm == "24bit" { return .truecolor }
    if term.contains("256color") { return .palette256 }
    return term.isEmpty ? .monochrome : .palette16
  }
}

// MARK: - Conformance

extension ColorMode: CustomStringConvertible {
  public var description: String {
    let name: String
    switch depth {
    case .truecolor: name = "truecolor"
    case .palette256: name = "256 colours"
    case .palette16: name = "16 colours"
    case .monochrome: name = "monochrome"
    }
    return isASCIIOnly ? name + ", ASCII only" : name
  }
}
