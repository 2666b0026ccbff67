extension RandomState {
  /// The whole state of a generator, as numpy's `get_state()` tuple
  /// `('MT19937', key, pos, has_gauss, cached_gaussian)`.
  public struct State: Sendable, Equatable {
    /// The 624 words of MT19937 state.
    public let key: [UInt32]
    /// The index of the next word to use, in `0...624` (624: a twist is due).
    public let position: Int
    /// Whether a second Box-Muller value is waiting.
    public let hasGauss: Bool
    /// The waiting value, or 0 when there is none.
    public let cachedGaussian: Double

    /// Checks and wraps the parts of a state, as numpy's `set_state` receives them.
    ///
    /// - Throws: `RandomStateError.wrongStateLength` unless `key` has 624 words;
    ///   `RandomStateError.positionOutOfRange` unless `position` is in `0...624`.
    public init(key: [UInt32], position: Int, hasGauss: Bool = false, cachedGaussian: Double = 0)
      throws(RandomStateError)
    {
      guard key.count == RandomState.stateSize else { throw .wrongStateLength(key.count) }
      guard (0...RandomState.stateSize).contains(position) else { throw .positionOutOfRange(position) }
      self.key = key
      self.position = position
      self.hasGauss = hasGauss
      self.cachedGaussian = hasGauss ? cachedGaussian : 0
    }
  }

  /// The generator's state: read it to save (`get_state`), assign it to restore (`set_state`).
  public var state: State {
    get {
      // The stored parts always satisfy State's checks, so this init cannot throw.
      State(unchecked: key, position: position, cachedGaussian: cachedGaussian)
    }
    set {
      key = newValue.key
      position = newValue.position
      cachedGaussian = newValue.hasGauss ? newValue.cachedGaussian : nil
    }
  }
}

extension RandomState.State {
  fileprivate init(unchecked key: [UInt32], position: Int, cachedGaussian: Double?) {
    self.key = key
    self.position = position
    self.hasGauss = cachedGaussian != nil
    self.cachedGaussian = cachedGaussian ?? 0
  }
}

// MARK: - Conformance

extension RandomState.State: CustomStringConvertible {
  /// numpy's tuple, abridged: `('MT19937', [key of 624 words], 624, 0, 0.0)`.
  public var description: String {
    "('MT19937', [key of \(key.count) words], \(position), \(hasGauss ? 1 : 0), \(cachedGaussian))"
  }
}
