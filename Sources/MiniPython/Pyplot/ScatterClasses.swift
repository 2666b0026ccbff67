import TextPlot

/// Turning scatter's `c=` numbers into the classes TextPlot draws, one glyph and colour each.
enum ScatterClasses {
  /// The most bands continuous values are grouped into.
  static let bandCount = 8

  /// Classes and their legend names for one value per point.
  ///
  /// - Whole numbers from 0 to 63 are the classes themselves (the course's labels `y`), so a
  ///   decision field's rounded values compare with them.
  /// - Otherwise up to 10 distinct values become classes in increasing order, named by value
  ///   (labels -1 and 1).
  /// - Otherwise the values are grouped into 8 equal bands from the smallest to the largest,
  ///   named by their ranges; NaN goes to the first band.
  static func group(_ values: [Double]) -> (classes: [Int], names: [String]) {
    let finite = values.filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max() else {
      return (Array(repeating: 0, count: values.count), [])
    }
    if low >= 0 && high < 64 && finite.allSatisfy({ $0 == $0.rounded() }) {
      return (values.map { $0.isFinite ? Int($0) : 0 }, [])
    }
    let distinct = Array(Set(finite)).sorted()
    if distinct.count <= 10 {
      let rank = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
      return (values.map { rank[$0] ?? 0 }, distinct.map { PythonFloat.printf(".3g", $0) })
    }
    let width = (high - low) / Double(bandCount)
    let classes = values.map { v in v.isFinite ? min(bandCount - 1, Int((v - low) / width)) : 0 }
    let names = (0..<bandCount).map { k in
      "\(PythonFloat.printf(".3g", low + Double(k) * width)) to \(PythonFloat.printf(".3g", low + Double(k + 1) * width))"
    }
    return (classes, names)
  }
}
