// line-budget: table
/// Colours by the names matplotlib accepts: `"r"`, `"red"`, `"tab:orange"`, `"C1"`, `"#ff7f0e"`.
///
/// The single letters are matplotlib's base colours (`"g"` is `#008000`, not lime), the words are
/// the CSS names the course's notebooks use, and `"C0"`...`"C9"` are the default colour cycle
/// (`SeriesPalette.tab10`).
extension TextColor {
  /// The colour matplotlib gives `name`, or `nil` when it names none.
  ///
  /// As in matplotlib, names are case-insensitive except single letters and `"C0"`...`"C9"`.
  public init?(matplotlibName name: String) {
    let lower = name.count == 1 ? name : name.lowercased()
    if lower.hasPrefix("#"), let hex = UInt32(lower.dropFirst(), radix: 16) {
      switch lower.count {
      case 7: self.init(hex: hex)
      case 9: self.init(hex: hex >> 8)  // #rrggbbaa: alpha dropped
      default: return nil
      }
      return
    }
    if name.count == 2, name.first == "C", let index = Int(name.dropFirst()) {
      self = SeriesPalette.tab10[index]
      return
    }
    guard let hex = TextColor.matplotlibNames[lower] else { return nil }
    self.init(hex: hex)
  }

  /// matplotlib's base colours, the tab10 names and common CSS colours, as `0xRRGGBB`.
  static let matplotlibNames: [String: UInt32] = [
    "b": 0x0000FF, "g": 0x008000, "r": 0xFF0000, "c": 0x00BFBF, "m": 0xBF00BF, "y": 0xBFBF00,
    "k": 0x000000, "w": 0xFFFFFF,
    "blue": 0x0000FF, "green": 0x008000, "red": 0xFF0000, "cyan": 0x00FFFF,
    "magenta": 0xFF00FF, "yellow": 0xFFFF00, "black": 0x000000, "white": 0xFFFFFF,
    "orange": 0xFFA500, "purple": 0x800080, "brown": 0xA52A2A, "pink": 0xFFC0CB,
    "gray": 0x808080, "grey": 0x808080, "olive": 0x808000, "navy": 0x000080,
    "teal": 0x008080, "lime": 0x00FF00, "maroon": 0x800000, "gold": 0xFFD700,
    "darkblue": 0x00008B, "darkgreen": 0x006400, "darkred": 0x8B0000,
    "darkorange": 0xFF8C00, "lightblue": 0xADD8E6, "lightgreen": 0x90EE90,
    "lightgray": 0xD3D3D3, "lightgrey": 0xD3D3D3, "darkgray": 0xA9A9A9, "darkgrey": 0xA9A9A9,
    "skyblue": 0x87CEEB, "steelblue": 0x4682B4, "salmon": 0xFA8072, "violet": 0xEE82EE,
    "indigo": 0x4B0082, "crimson": 0xDC143C, "coral": 0xFF7F50, "turquoise": 0x40E0D0,
    "tomato": 0xFF6347, "orchid": 0xDA70D6, "khaki": 0xF0E68C, "silver": 0xC0C0C0,
    // tab10
    "tab:blue": 0x1F77B4, "tab:orange": 0xFF7F0E, "tab:green": 0x2CA02C, "tab:red": 0xD62728,
    "tab:purple": 0x9467BD, "tab:brown": 0x8C564B, "tab:pink": 0xE377C2, "tab:gray": 0x7F7F7F,
    "tab:grey": 0x7F7F7F, "tab:olive": 0xBCBD22, "tab:cyan": 0x17BECF,
  ]
}
