/// A loss: a number saying how far predictions are from targets, with its gradient.
///
/// The shared contract:
///
/// - `evaluate(predicted:expected:)` returns the loss `L` and `∂L/∂predicted` (the shape of
///   `predicted`), so training needs no separate backward call for the loss.
/// - `predicted` has `N` examples in its first axis. What `expected` holds depends on the loss
///   (probabilities, class indices `[N]`, one-hot rows `[N, C]`, targets of `predicted`'s shape).
/// - Shapes that do not fit throw `ShapeError` naming both shapes. Losses never broadcast: a
///   `[N, 1]` prediction against `[N]` targets would silently become `[N, N]` in numpy.
/// - `reduction` says how per-term losses combine; see `LossReduction`.
public protocol Loss: Sendable, CustomStringConvertible {
  /// How the terms are combined.
  var reduction: LossReduction { get }

  /// The loss and its gradient with respect to `predicted`.
  func evaluate(predicted: Tensor, expected: Tensor) throws(ShapeError) -> (
    loss: Double, gradient: Tensor
  )
}

/// How a loss combines its terms.
///
/// Element-wise losses (binary cross-entropy, mean squared error) have one term per element;
/// per-example losses (softmax cross-entropy, hinge) have one term per row of `N`.
public enum LossReduction: Sendable, Equatable {
  /// The average of the terms: `L = (1/count) Σ terms`, the course's `(1/m) Σ`.
  case mean
  /// The sum of the terms.
  case sum

  /// The factor that turns a sum of `count` terms into the reduced loss.
  func scale(count: Int) -> Double {
    switch self {
    case .mean: count == 0 ? 0 : 1 / Double(count)
    case .sum: 1
    }
  }
}

extension Loss {
  /// Throws unless the two shapes are equal.
  static func requireEqualShapes(_ name: String, _ predicted: [Int], _ expected: [Int])
    throws(ShapeError)
  {
    guard predicted == expected else {
      throw .mismatch(
        "\(name) needs predictions and targets of the same shape, got \(ShapeError.text(predicted)) and \(ShapeError.text(expected))"
      )
    }
  }

  /// Reads `expected` as class indices for `[N, C]` scores: an integer in `0..<C` per example.
  static func classIndices(_ name: String, scores: [Int], labels: Tensor) throws(ShapeError)
    -> [Int]
  {
    guard scores.count == 2, labels.shape == [scores[0]] else {
      throw .mismatch(
        "\(name) needs scores (N, C) and labels (N,), got \(ShapeError.text(scores)) and \(ShapeError.text(labels.shape))"
      )
    }
    var indices: [Int] = []
    indices.reserveCapacity(labels.count)
    for label in labels.scalars {
      guard label >= 0, label < Double(scores[1]), label == label.rounded() else {
        throw .mismatch(
          "\(name) got label \(label), which is not a class index in 0..<\(scores[1])")
      }
      indices.append(Int(label))
    }
    return indices
  }
}
