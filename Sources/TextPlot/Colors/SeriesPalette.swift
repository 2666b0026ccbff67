/// The colours given to series and classes in turn, like matplotlib's colour cycle.
public enum SeriesPalette {
  /// matplotlib's `tab10` cycle.
  public static let tab10: [TextColor] = [
    0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22,
    0x17BECF,
  ].map { TextColor(hex: $0) }

  /// Hand-picked ANSI colours in the same order (blue, yellow for orange, green, red, ...), so a
  /// 16-colour terminal gets distinct series rather than tab10's nearest matches.
  public static let ansi: [TextColor] = [12, 3, 2, 1, 5, 6, 13, 8, 11, 14].map {
    TextColor.ansi($0)
  }

  /// The style of line series `index`: its colour, and in monochrome, where every series has
  /// the default colour, an attribute instead (plain, bold, dim, underlined, in turn), so that
  /// curves and their legend entries still pair up on a terminal with attributes.
  public static func lineStyle(_ index: Int, color: TextColor, depth: ColorMode.Depth) -> TextStyle
  {
    guard depth == .monochrome else { return TextStyle(foreground: color) }
    switch index % 4 {
    case 1: return TextStyle(isBold: true)
    case 2: return TextStyle(isDim: true)
    case 3: return TextStyle(isUnderlined: true)
    default: return .plain
    }
  }

  /// The colour of series `index` in a colour depth; `.default` in monochrome.
  public static func color(_ index: Int, depth: ColorMode.Depth) -> TextColor {
    switch depth {
    case .monochrome: return .default
    case .palette16: return ansi[index % ansi.count]
    case .palette256, .truecolor: return tab10[index % tab10.count]
    }
  }
}
