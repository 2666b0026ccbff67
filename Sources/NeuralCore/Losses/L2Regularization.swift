/// The L2 (weight decay) penalty on a model's weights.
///
/// ```
/// R = (λ/2) Σ_W Σ W²          ∂R/∂W = λ·W
/// ```
///
/// - Applies to parameters whose name ends in `weight` (`"0.weight"`, `"1.hiddenWeight"`), never
///   to biases or batch-norm scales, as the course and cs231n do.
/// - The course writes `(λ/2m) Σ‖W‖²`; pass `strength: λ / m` for that form. cs231n's
///   `0.5·reg·Σ W²` is `strength: reg`.
public struct L2Regularization: Sendable, Equatable {
  /// `λ`.
  public var strength: Double

  /// - Precondition: `strength >= 0`.
  public init(strength: Double) {
    precondition(strength >= 0, "regularisation strength must be non-negative, got \(strength)")
    self.strength = strength
  }

  /// `(λ/2) Σ W²` over the weights among `parameters`.
  public func penalty(_ parameters: [String: Tensor]) -> Double {
    var total = 0.0
    for (name, w) in parameters where Self.isWeight(name) {
      total += w.scalars.reduce(0) { $0 + $1 * $1 }
    }
    return strength / 2 * total
  }

  /// `λ·W` for each weight, under its name; other parameters are absent.
  public func gradients(_ parameters: [String: Tensor]) -> [String: Tensor] {
    parameters.filter { Self.isWeight($0.key) }.mapValues { strength * $0 }
  }

  /// `gradients` with `λ·W` added to each weight's entry: the gradient of `loss + R`.
  public func adding(to gradients: [String: Tensor], of parameters: [String: Tensor]) -> [String:
    Tensor]
  {
    var total = gradients
    for (name, g) in self.gradients(parameters) {
      total[name] = total[name].map { $0 + g } ?? g
    }
    return total
  }

  /// Whether a parameter name's last component ends in `weight`, in any case.
  public static func isWeight(_ name: String) -> Bool {
    let last = name.split(separator: ".").last.map(String.init) ?? name
    return last.lowercased().hasSuffix("weight")
  }
}

// MARK: - Conformance

extension L2Regularization: CustomStringConvertible {
  public var description: String { "L2Regularization(strength: \(strength))" }
}
