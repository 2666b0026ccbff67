/// A terminal colour: the terminal's default, one of 16 ANSI colours, one of 256, or 24-bit RGB.
///
/// Plots choose colours freely (colour maps are RGB); `downgraded(to:)` and
/// `CellGrid.ansiLines(mode:)` bring them down to what a terminal can show.
public enum TextColor: Sendable, Hashable {
  /// The terminal's own foreground or background colour.
  case `default`
  /// One of the 16 ANSI colours: 0-7 normal (black, red, green, yellow, blue, magenta, cyan,
  /// white), 8-15 bright.
  case ansi(UInt8)
  /// One of the 256 xterm colours: 0-15 ANSI, 16-231 the 6x6x6 cube, 232-255 a grey ramp.
  case indexed(UInt8)
  /// A 24-bit colour.
  case rgb(UInt8, UInt8, UInt8)

  /// Normal ANSI colours by name, for series and legends.
  public static let black = TextColor.ansi(0)
  public static let red = TextColor.ansi(1)
  public static let green = TextColor.ansi(2)
  public static let yellow = TextColor.ansi(3)
  public static let blue = TextColor.ansi(4)
  public static let magenta = TextColor.ansi(5)
  public static let cyan = TextColor.ansi(6)
  public static let white = TextColor.ansi(7)
  public static let brightBlack = TextColor.ansi(8)

  /// An RGB colour from a hex literal, `TextColor(hex: 0x1f77b4)`.
  public init(hex: UInt32) {
    self = .rgb(UInt8((hex >> 16) & 0xFF), UInt8((hex >> 8) & 0xFF), UInt8(hex & 0xFF))
  }

  /// The colour as RGB components, using xterm's default palette for indexed colours;
  /// `nil` for `.default`.
  public var rgbComponents: (red: UInt8, green: UInt8, blue: UInt8)? {
    switch self {
    case .default: return nil
    case .ansi(let index): return TextColor.ansiPalette[Int(index & 15)]
    case .indexed(let index): return TextColor.xtermComponents(index)
    case .rgb(let r, let g, let b): return (r, g, b)
    }
  }
}

// MARK: - Conformance

extension TextColor: CustomStringConvertible {
  public var description: String {
    switch self {
    case .default: return "default"
    case .ansi(let index): return "ansi(\(index))"
    case .indexed(let index): return "indexed(\(index))"
    case .rgb(let r, let g, let b): return "#" + hexByte(r) + hexByte(g) + hexByte(b)
    }
  }
}

private func hexByte(_ value: UInt8) -> String {
  let digits = Array("0123456789abcdef")
  return String(digits[Int(value >> 4)]) + String(digits[Int(value & 15)])
}
