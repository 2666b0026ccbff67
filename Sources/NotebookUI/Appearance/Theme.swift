import TextPlot

/// The styles the interface draws with, one per role.
///
/// `dark` and `light` pick colours that read on either background; `monochrome` (`NO_COLOR`,
/// `--no-color`) uses only bold, dim, underline and reverse, so focus and selection stay visible.
public struct Theme: Sendable, Equatable {
  public var text: TextStyle
  public var dim: TextStyle
  public var heading: TextStyle
  public var code: TextStyle
  public var error: TextStyle
  public var prompt: TextStyle
  /// The title bar and focused pane headers.
  public var bar: TextStyle
  /// Headers of panes without focus.
  public var inactiveBar: TextStyle
  /// Key names in the status bar and help.
  public var key: TextStyle
  /// The selected row of a list.
  public var selection: TextStyle
  /// Progress marks for finished lessons.
  public var done: TextStyle
  /// The colour mode figures are drawn for.
  public var colorMode: ColorMode

  public static let dark = Theme(
    text: .plain, dim: TextStyle(foreground: .brightBlack),
    heading: TextStyle(foreground: .cyan, isBold: true),
    code: TextStyle(foreground: .yellow), error: TextStyle(foreground: .ansi(9)),
    prompt: TextStyle(foreground: .green, isBold: true),
    bar: TextStyle(foreground: .black, background: .cyan),
    inactiveBar: TextStyle(foreground: .white, background: .indexed(238)),
    key: TextStyle(foreground: .yellow, isBold: true),
    selection: TextStyle(foreground: .black, background: .ansi(14)),
    done: TextStyle(foreground: .green), colorMode: .palette256)

  public static let light = Theme(
    text: .plain, dim: TextStyle(foreground: .indexed(244)),
    heading: TextStyle(foreground: .blue, isBold: true),
    code: TextStyle(foreground: .magenta), error: TextStyle(foreground: .red, isBold: true),
    prompt: TextStyle(foreground: .blue, isBold: true),
    bar: TextStyle(foreground: .white, background: .blue),
    inactiveBar: TextStyle(foreground: .black, background: .indexed(252)),
    key: TextStyle(foreground: .blue, isBold: true),
    selection: TextStyle(foreground: .white, background: .blue),
    done: TextStyle(foreground: .indexed(28)), colorMode: .palette256)

  public static let monochrome = Theme(
    text: .plain, dim: TextStyle(isDim: true), heading: TextStyle(isBold: true, isUnderlined: true),
    code: .plain, error: TextStyle(isBold: true), prompt: TextStyle(isBold: true),
    bar: TextStyle(isReversed: true), inactiveBar: TextStyle(isUnderlined: true),
    key: TextStyle(isBold: true), selection: TextStyle(isReversed: true),
    done: .plain, colorMode: .monochrome)

  /// The theme the environment and the command line ask for.
  ///
  /// `--no-color` or `NO_COLOR`: monochrome. Otherwise the colour depth of
  /// `ColorMode.detect(environment:)`, and a light theme for `--light`, `BACKPROP_THEME=light`,
  /// or a `COLORFGBG` whose background is white (`0;15`, as rxvt and some terminals set it).
  public static func detect(environment: [String: String], arguments: [String] = []) -> Theme {
    var mode = ColorMode.detect(environment: environment)
    if arguments.contains("--no-color") { mode.depth = .monochrome }
    let background = environment["COLORFGBG"]?.split(separator: ";").last.flatMap { Int($0) }
    let isLight =
      arguments.contains("--light") || environment["BACKPROP_THEME"] == "light"
      || (environment["BACKPROP_THEME"] != "dark" && (background == 7 || background == 15))
    return choose(for: mode, lightBackground: isLight)
  }

  /// The theme for a colour mode: monochrome without colour, else dark or light.
  public static func choose(for mode: ColorMode, lightBackground: Bool) -> Theme {
    guard mode.hasColor else { return .monochrome }
    var theme = lightBackground ? Theme.light : Theme.dark
    theme.colorMode = mode
    return theme
  }
}
