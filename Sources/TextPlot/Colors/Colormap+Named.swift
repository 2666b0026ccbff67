// line-budget: table
/// The named colour maps, sampled from matplotlib 3.11 at 0, 0.1, ..., 1 (the ANSI anchors for
/// 16-colour terminals are picked by hand to follow each map's hues):
///
/// ```python
/// import matplotlib
/// for name in ['Spectral', 'viridis', 'gray', 'RdBu', 'coolwarm', 'Blues', 'RdYlBu']:
///     cm = matplotlib.colormaps[name]
///     print(name, ', '.join('0x%02X%02X%02X' % tuple(round(c * 255) for c in cm(i / 10)[:3])
///                           for i in range(11)))
/// ```
extension Colormap {
  /// Diverging red - yellow - blue; the planar-data lessons' decision regions.
  public static let spectral = Colormap(
    name: "Spectral",
    anchors: [
      0x9E0142, 0xD43D4F, 0xF46D43, 0xFDAD60, 0xFEE08B, 0xFFFFBE, 0xE6F598, 0xAADCA4, 0x66C2A5,
      0x3387BC, 0x5E4FA2,
    ], ansiAnchors: [1, 9, 3, 11, 7, 10, 6, 12, 4])
  /// Perceptually uniform dark purple - green - yellow; matplotlib's default.
  public static let viridis = Colormap(
    name: "viridis",
    anchors: [
      0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151,
      0xBDDF26, 0xFDE725,
    ], ansiAnchors: [5, 4, 12, 6, 2, 10, 11])
  /// Black to white.
  public static let gray = Colormap(
    name: "gray", anchors: [0x000000, 0xFFFFFF], ansiAnchors: [0, 8, 7, 15])
  /// Diverging dark red - white - dark blue.
  public static let rdBu = Colormap(
    name: "RdBu",
    anchors: [
      0x67001F, 0xB1182B, 0xD6604D, 0xF3A481, 0xFDDBC7, 0xF6F7F7, 0xD1E5F0, 0x90C4DD, 0x4393C3,
      0x2065AB, 0x053061,
    ], ansiAnchors: [1, 9, 7, 14, 12, 4])
  /// Diverging blue - grey - red (Moreland).
  public static let coolwarm = Colormap(
    name: "coolwarm",
    anchors: [
      0x3B4CC0, 0x5977E3, 0x7B9FF9, 0x9EBEFF, 0xC0D4F5, 0xDDDCDC, 0xF2CBB7, 0xF7AC8E, 0xEE8468,
      0xD65244, 0xB40426,
    ], ansiAnchors: [4, 12, 6, 7, 3, 9, 1])
  /// White to dark blue, for counts such as a confusion matrix.
  public static let blues = Colormap(
    name: "Blues",
    anchors: [
      0xF7FBFF, 0xE3EEF9, 0xD0E1F2, 0xB7D4EA, 0x94C4DF, 0x6AAED6, 0x4A98C9, 0x2E7EBC, 0x1764AB,
      0x084A91, 0x08306B,
    ], ansiAnchors: [15, 7, 14, 6, 12, 4])
  /// Diverging red - yellow - blue.
  public static let rdYlBu = Colormap(
    name: "RdYlBu",
    anchors: [
      0xA50026, 0xD62F27, 0xF46D43, 0xFDAD60, 0xFEE090, 0xFEFFC0, 0xE0F3F8, 0xAAD8E9, 0x74ADD1,
      0x4574B3, 0x313695,
    ], ansiAnchors: [1, 9, 3, 11, 7, 14, 12, 4])

  /// Every named map.
  public static let all: [Colormap] = [spectral, viridis, gray, rdBu, coolwarm, blues, rdYlBu]

  /// The map with a matplotlib name (case-insensitive; a `_r` suffix reverses it), or `nil`.
  public static func named(_ name: String) -> Colormap? {
    let lower = name.lowercased()
    if lower.hasSuffix("_r") { return named(String(name.dropLast(2)))?.reversed }
    return all.first { $0.name.lowercased() == lower || (lower == "grey" && $0.name == "gray") }
  }
}
