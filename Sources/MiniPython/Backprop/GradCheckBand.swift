/// How far a gradient is from its numerical estimate, in the course's bands of relative error.
///
/// | relative error | band | reading |
/// |---|---|---|
/// | below 1e-7 | `great` | the backward pass is right |
/// | 1e-7 to 1e-5 | `fine` | right, with the noise centred differences show near kinks or large values |
/// | 1e-5 to 1e-3 | `suspicious` | probably a small bug: a missing term, or many points on kinks |
/// | 1e-3 and above (or NaN) | `wrong` | the backward pass is wrong |
///
/// These are the bands of Andrew Ng's gradient-checking exercise ("below 1e-7 is great, above 1e-3
/// is worrying"), with 1e-5 splitting what lies between. NeuralCore's own layer check
/// (`GradientCheckReport`) uses cs231n's wider bands, which tolerate kinks in every layer.
enum GradCheckBand: Int, Comparable, CaseIterable {
  case great, fine, suspicious, wrong

  /// The band a relative error falls in.
  init(relativeError e: Double) {
    if !(e < 1e-3) {
      self = .wrong
    } else if e >= 1e-5 {
      self = .suspicious
    } else if e >= 1e-7 {
      self = .fine
    } else {
      self = .great
    }
  }

  /// The band's name, as `report.band` gives it.
  var name: String {
    switch self {
    case .great: "great"
    case .fine: "fine"
    case .suspicious: "suspicious"
    case .wrong: "wrong"
    }
  }

  /// The band with its range, as the report prints it (`"great (below 1e-7)"`).
  var labelled: String {
    switch self {
    case .great: "great (below 1e-7)"
    case .fine: "fine (1e-7 to 1e-5)"
    case .suspicious: "suspicious (1e-5 to 1e-3)"
    case .wrong: "wrong (1e-3 or more)"
    }
  }

  /// Whether the gradient passes: `great` or `fine`.
  var passes: Bool { self <= .fine }

  static func < (a: GradCheckBand, b: GradCheckBand) -> Bool { a.rawValue < b.rawValue }
}
