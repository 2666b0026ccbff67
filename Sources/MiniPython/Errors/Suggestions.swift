/// "Did you mean" suggestions for misspelt names and attributes, with CPython's rule.
///
/// The distance is Levenshtein with insertions and deletions costing 2, a substitution 2, and a
/// change of case only 1; a candidate is accepted within `(len(a) + len(b) + 3) * 2 / 6`.
enum Suggestions {
  static let moveCost = 2
  static let caseCost = 1

  /// The closest candidate to `name`, or `nil`.
  static func closest(to name: String, among candidates: [String]) -> String? {
    let target = Array(name.utf8)
    guard target.count <= 40 else { return nil }
    var best: String? = nil
    var bestDistance = Int.max
    for candidate in candidates.prefix(750) where candidate != name {
      let item = Array(candidate.utf8)
      var maxDistance = (target.count + item.count + 3) * moveCost / 6
      if bestDistance - 1 < maxDistance { maxDistance = bestDistance - 1 }
      let distance = levenshtein(target, item, maxDistance)
      if distance > maxDistance { continue }
      if best == nil || distance < bestDistance {
        best = candidate
        bestDistance = distance
      }
    }
    return best
  }

  private static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
    if a & 31 != b & 31 { return moveCost }
    if a == b { return 0 }
    let lowerA = (65...90).contains(a) ? a + 32 : a
    let lowerB = (65...90).contains(b) ? b + 32 : b
    return lowerA == lowerB ? caseCost : moveCost
  }

  private static func levenshtein(_ a: [UInt8], _ b: [UInt8], _ maxCost: Int) -> Int {
    var a = a[...]
    var b = b[...]
    while let x = a.first, let y = b.first, x == y {
      a = a.dropFirst()
      b = b.dropFirst()
    }
    while let x = a.last, let y = b.last, x == y {
      a = a.dropLast()
      b = b.dropLast()
    }
    if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
    if a.count > 40 || b.count > 40 { return maxCost + 1 }
    if b.count < a.count { swap(&a, &b) }
    if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
    var row = (0..<a.count).map { ($0 + 1) * moveCost }
    var result = 0
    for (bIndex, bCharacter) in b.enumerated() {
      var distance = bIndex * moveCost
      result = distance
      var minimum = Int.max
      for (index, aCharacter) in a.enumerated() {
        let substitute = distance + substitutionCost(bCharacter, aCharacter)
        distance = row[index]
        let insertDelete = min(result, distance) + moveCost
        result = min(insertDelete, substitute)
        row[index] = result
        minimum = min(minimum, result)
      }
      if minimum > maxCost { return maxCost + 1 }
    }
    return result
  }
}
