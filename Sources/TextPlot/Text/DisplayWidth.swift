/// The number of terminal columns a Unicode scalar occupies: 0, 1 or 2.
///
/// Pure Swift and compatible with the C library's `wcwidth` in a UTF-8 locale (the tables in
/// `WidthTables.swift` were generated from it): combining marks and format characters are 0,
/// East Asian Wide and Fullwidth characters are 2, everything else is 1.
///
/// Where `wcwidth` answers -1 this function still answers a width: control characters are 0
/// (`CellGrid.put` drops them) and unassigned code points are 1. TextPlot itself only draws
/// characters that `wcwidth` knows (braille, block elements, box drawing, geometric shapes,
/// ASCII); it never uses the newer sextant or octant blocks, which some C libraries report as -1.
public func displayWidth(_ scalar: Unicode.Scalar) -> Int {
  let value = scalar.value
  if value < 0x7F { return value >= 0x20 ? 1 : 0 }
  if value < 0xA0 { return 0 }
  if value < 0x300 { return 1 }
  if inRanges(value, zeroWidthRanges) { return 0 }
  if value >= 0x1100 && inRanges(value, doubleWidthRanges) { return 2 }
  return 1
}

/// The number of terminal columns a grapheme occupies: the sum over its scalars, at most 2.
///
/// A base letter with combining marks is 1; a CJK ideograph is 2; an emoji sequence joined by
/// zero-width joiners is counted as 2, the width of one cell pair.
public func displayWidth(_ character: Character) -> Int {
  var total = 0
  for scalar in character.unicodeScalars { total += displayWidth(scalar) }
  return min(total, 2)
}

/// The number of terminal columns a string occupies: the sum over its graphemes.
///
/// `displayWidth("loss")` is 4; `displayWidth("損失")` is 4 as well.
public func displayWidth(_ text: some StringProtocol) -> Int {
  var total = 0
  for character in text {
    if character.isASCII {
      total += character.asciiValue.map { $0 >= 0x20 && $0 < 0x7F ? 1 : 0 } ?? 0
    } else {
      total += displayWidth(character)
    }
  }
  return total
}

/// Whether `value` lies in one of the inclusive `[start, end]` pairs of a sorted flat table.
private func inRanges(_ value: UInt32, _ table: [UInt32]) -> Bool {
  var low = 0
  var high = table.count / 2 - 1
  if high < 0 || value < table[0] || value > table[table.count - 1] { return false }
  while low <= high {
    let middle = (low + high) / 2
    if value < table[2 * middle] {
      high = middle - 1
    } else if value > table[2 * middle + 1] {
      low = middle + 1
    } else {
      return true
    }
  }
  return false
}
