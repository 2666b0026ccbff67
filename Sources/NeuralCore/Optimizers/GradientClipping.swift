/// Limits gradients before an update, against exploding gradients (recurrent networks above all).
///
/// ```
/// .byValue(c)       gᵢ ← min(max(gᵢ, −c), c)                  every element of every tensor
/// .byNorm(c)        g ← g · c / ‖g‖  when ‖g‖ > c               each tensor on its own
/// .byGlobalNorm(c)  g ← g · c / ‖G‖  when ‖G‖ > c, ‖G‖ = √(Σ over all tensors ‖g‖²)
/// ```
///
/// Clipping by value (the Deep Learning Specialization's `clip`, numpy's `np.clip`) can change a
/// gradient's direction; clipping by norm only shortens it. NaN elements stay NaN.
public enum GradientClipping: Sendable, Equatable {
  case byValue(Double)
  case byNorm(Double)
  case byGlobalNorm(Double)

  /// The clipped gradients, under the same names.
  ///
  /// - Precondition: the limit is positive.
  public func clipped(_ gradients: [String: Tensor]) -> [String: Tensor] {
    switch self {
    case .byValue(let c):
      precondition(c > 0, "clip value must be positive, got \(c)")
      return gradients.mapValues { g in g.map { min(max($0, -c), c) } }
    case .byNorm(let c):
      precondition(c > 0, "clip norm must be positive, got \(c)")
      return gradients.mapValues { g in
        let norm = GradientClipping.squaredNorm(g).squareRoot()
        return norm > c ? g * (c / norm) : g
      }
    case .byGlobalNorm(let c):
      precondition(c > 0, "clip norm must be positive, got \(c)")
      let norm = gradients.values.reduce(0) { $0 + GradientClipping.squaredNorm($1) }.squareRoot()
      return norm > c ? gradients.mapValues { $0 * (c / norm) } : gradients
    }
  }

  static func squaredNorm(_ g: Tensor) -> Double {
    g.scalars.reduce(0) { $0 + $1 * $1 }
  }
}

// MARK: - Conformance

extension GradientClipping: CustomStringConvertible {
  public var description: String {
    switch self {
    case .byValue(let c): "clip each element to [-\(c), \(c)]"
    case .byNorm(let c): "clip each tensor's norm to \(c)"
    case .byGlobalNorm(let c): "clip the global norm to \(c)"
    }
  }
}
