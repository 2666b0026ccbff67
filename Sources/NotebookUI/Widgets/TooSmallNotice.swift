/// Draws the single line shown below the minimum size, the longest wording that fits.
///
/// At 20x6: `Too small: 20x6`. Never draws outside the screen, whatever its size.
public func renderTooSmall(width: Int, height: Int, on screen: inout Screen, theme: Theme) {
  guard width > 0 && height > 0 else { return }
  let size = "\(width)x\(height)"
  let need = "\(AppState.minimumWidth)x\(AppState.minimumHeight)"
  let wordings = [
    "Terminal too small: \(size), needs \(need). Enlarge it or press q.",
    "Terminal too small: \(size), needs \(need).",
    "Too small: \(size), needs \(need)",
    "Too small: \(size)",
    "Too small",
  ]
  let text = wordings.first { $0.count <= width } ?? "!"
  screen.put(text, in: screen.bounds, style: theme.error)
}
