/// The fill characters of `contourf` bands in colour, so that regions differ in texture as well
/// as colour: for a learner who cannot tell the colours apart, and on a terminal that shows
/// colours as greys or not at all. (Without colour, the shade ramp tells the bands apart.)
///
/// The bands present in a field are ranked from the lowest; band of rank k is filled with
/// texture k (cycling): a plain band, then light shade, then diagonal hatching, and so on, so a
/// two-class decision boundary is always plain against light shade. In colour the texture is
/// drawn in a darker (or, on a dark band, lighter) tone of the band's own colour, over the band's
/// colour; scatter glyphs drawn on top replace the texture and keep the band's colour behind them.
struct BandTextures {
  /// Band fills, by rank: Unicode block and box-drawing characters, all one column wide.
  static let textures: [Character] = [" ", "░", "╱", "▒", "╲", "┼", ":", "╳"]

  let levels: Int
  let mode: ColorMode
  /// The texture of each band index (`0..<levels`) present in the field.
  let texture: [Int: Character]

  /// Textures for a one-channel field banded into `levels` bands.
  init(_ field: FieldLayer, levels: Int, mode: ColorMode) {
    let range = field.colorRange
    let span = range.upperBound - range.lowerBound
    var present = Set<Int>()
    for v in field.values where v.isFinite {
      let t = span > 0 ? min(1, max(0, (v - range.lowerBound) / span)) : 0.5
      present.insert(min(levels - 1, Int((t * Double(levels)).rounded(.down))))
    }
    let fills = Self.textures
    var texture: [Int: Character] = [:]
    for (rank, band) in present.sorted().enumerated() { texture[band] = fills[rank % fills.count] }
    self.levels = levels
    self.mode = mode
    self.texture = texture
  }

  /// The band of a pixel whose colour-map position is `t` (already a band's, `k / (levels-1)`).
  func band(_ t: Double) -> Int { Int((t * Double(levels - 1)).rounded()) }

  /// The character and style of a cell whose two pixels are `top` and `bottom`, or `nil` when
  /// two bands meet in it (it is drawn as half blocks).
  func cell(top: (t: Double, color: TextColor)?, bottom: (t: Double, color: TextColor)?)
    -> (Character, TextStyle)?
  {
    guard let pixel = top ?? bottom, let character = texture[band(pixel.t)] else { return nil }
    if let top, let bottom, band(top.t) != band(bottom.t) { return nil }
    let style = TextStyle(
      foreground: Self.tone(of: pixel.color, depth: mode.depth), background: pixel.color)
    return (character, style)
  }

  /// A tone of `color` that shows on it: 40% towards black on a light colour, towards white on a
  /// dark one; black or bright white when the terminal's palette has no such tone.
  static func tone(of color: TextColor, depth: ColorMode.Depth) -> TextColor {
    guard let (r, g, b) = color.rgbComponents else { return .default }
    let luminance = 0.299 * Double(r) + 0.587 * Double(g) + 0.114 * Double(b)
    let target = luminance > 110 ? 0.0 : 255.0
    func mix(_ c: UInt8) -> UInt8 { UInt8((0.6 * Double(c) + 0.4 * target).rounded()) }
    let fallback: TextColor = luminance > 110 ? .ansi(0) : .ansi(15)
    guard depth != .palette16 else { return fallback }
    let tone = TextColor.rgb(mix(r), mix(g), mix(b)).downgraded(to: depth)
    return tone == color ? fallback : tone
  }
}
