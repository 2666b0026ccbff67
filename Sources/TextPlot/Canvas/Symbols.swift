// line-budget: table
/// The characters plots are drawn with, Unicode and ASCII-only (ratatui's `symbols`).
///
/// Every Unicode character here has `wcwidth` 1 in glibc (braille, block elements, box drawing,
/// geometric shapes); nothing newer than Unicode 3.2 is used, so fonts and C libraries agree.
enum Symbols {
  /// Braille dot bits by row (0-3, top down) and column (0-1): U+2800 + the OR of the bits.
  static let brailleBits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

  /// The 256 braille characters by dot mask.
  static let braille: [Character] = (0..<256).map {
    Character(Unicode.Scalar(0x2800 + UInt32($0))!)  // U+2800...U+28FF are all scalars
  }

  /// Lower eighth blocks by eighths filled, 0 (space) to 8 (full block).
  static let lowerEighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  /// Left eighth blocks by eighths filled, 0 (space) to 8 (full block).
  static let leftEighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
  /// ASCII stand-ins for partial bars: nothing below half a cell, `#` above.
  static let asciiEighths: [Character] = [" ", " ", " ", " ", "#", "#", "#", "#", "#"]

  /// Shade ramps, lightest first: the monochrome fallback for heat maps.
  static let shades: [Character] = [" ", "░", "▒", "▓", "█"]
  static let asciiShades: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

  /// The upper half block: foreground paints the top pixel, background the bottom one.
  static let upperHalf: Character = "▀"

  /// Glyphs for scatter classes, distinct in shape so that classes read without colour.
  static let classGlyphs: [Character] = ["●", "×", "▲", "◆", "■", "○", "+", "□"]
  static let asciiClassGlyphs: [Character] = ["o", "x", "^", "*", "#", "@", "+", "%"]

  /// Markers for line series in ASCII-only mode, one per series.
  static let asciiLineMarkers: [Character] = ["*", "o", "x", "#", "%", "@", "=", "&"]

  /// Axis lines: vertical, tick on the vertical axis, corner, horizontal, tick on the horizontal.
  static let axis = Axis(vertical: "│", yTick: "┤", corner: "└", horizontal: "─", xTick: "┬")
  static let asciiAxis = Axis(vertical: "|", yTick: "|", corner: "+", horizontal: "-", xTick: "+")

  /// The line used for line series in legends.
  static let legendLine: Character = "─"

  /// A set of axis-drawing characters.
  struct Axis {
    let vertical: Character
    let yTick: Character
    let corner: Character
    let horizontal: Character
    let xTick: Character
  }
}
