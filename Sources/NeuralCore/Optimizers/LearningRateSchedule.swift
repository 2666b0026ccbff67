/// How the learning rate decays with the epoch number.
///
/// ```
/// .constant                          α = α₀
/// .inverseTime(decayRate: r)         α = α₀ / (1 + r·epoch)
/// .exponential(base: b)              α = α₀ · b^epoch            (b = 0.95: 5% less each epoch)
/// .staircase(decayRate: r, interval: k)  α = α₀ / (1 + r·⌊epoch / k⌋)
/// ```
///
/// `.staircase` is the Deep Learning Specialization's `schedule_lr_decay`: the inverse-time
/// decay applied only every `interval` epochs, so the rate stays flat in between.
/// Epochs count from 0, so every schedule starts at `α₀`.
public enum LearningRateSchedule: Sendable, Equatable {
  case constant
  case inverseTime(decayRate: Double)
  case exponential(base: Double)
  case staircase(decayRate: Double, interval: Int)

  /// The learning rate at an epoch, from the initial rate `α₀`.
  ///
  /// - Precondition: `epoch >= 0`; a staircase interval is positive.
  public func learningRate(initial α0: Double, epoch: Int) -> Double {
    precondition(epoch >= 0, "epoch must be non-negative, got \(epoch)")
    switch self {
    case .constant:
      return α0
    case .inverseTime(let r):
      return α0 / (1 + r * Double(epoch))
    case .exponential(let b):
      return α0 * Elementary.pow(b, Double(epoch))
    case .staircase(let r, let k):
      precondition(k > 0, "staircase interval must be positive, got \(k)")
      return α0 / (1 + r * Double(epoch / k))
    }
  }
}

// MARK: - Conformance

extension LearningRateSchedule: CustomStringConvertible {
  public var description: String {
    switch self {
    case .constant: "constant"
    case .inverseTime(let r): "α₀ / (1 + \(r)·epoch)"
    case .exponential(let b): "α₀ · \(b)^epoch"
    case .staircase(let r, let k): "α₀ / (1 + \(r)·⌊epoch / \(k)⌋)"
    }
  }
}
