/// The fraction of examples classified correctly.
///
/// - Scores `[N, C]` (C ≥ 2) against labels `[N]`: a hit when `argmax` of the row is the label.
/// - Probabilities (or logits, with `threshold: 0`) of shape `[N, 1]` or `[N]` against 0/1
///   targets of the same shape: a hit when `(p > threshold) == (y == 1)`.
///
/// Returns 0 for an empty batch.
///
/// - Throws: `ShapeError.mismatch` for any other pair of shapes.
public func accuracy(predicted: Tensor, expected: Tensor, threshold: Double = 0.5)
  throws(ShapeError) -> Double
{
  let n = predicted.shape.first ?? 0
  var hits = 0
  if predicted.rank == 2, predicted.shape[1] >= 2, expected.shape == [n] {
    let c = predicted.shape[1]
    for i in 0..<n {
      let row = predicted.scalars[(i * c)..<(i * c + c)]
      let best = row.indices.max { row[$0] < row[$1] || (row[$0] == row[$1] && $0 > $1) } ?? 0
      if Double(best - i * c) == expected.scalars[i] { hits += 1 }
    }
  } else if predicted.shape == expected.shape,
    predicted.rank == 1 || (predicted.rank == 2 && predicted.shape[1] == 1)
  {
    for (p, y) in zip(predicted.scalars, expected.scalars) where (p > threshold) == (y == 1) {
      hits += 1
    }
  } else {
    throw .mismatch(
      "accuracy needs scores (N, C) with labels (N,), or predictions and targets of shape (N, 1), got \(ShapeError.text(predicted.shape)) and \(ShapeError.text(expected.shape))"
    )
  }
  return n == 0 ? 0 : Double(hits) / Double(n)
}
