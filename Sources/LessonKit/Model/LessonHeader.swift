/// The header of a lesson file: who it is, where it sits in the course, and its format version.
///
/// Written as front matter between two `---` lines at the top of the file:
/// ```
/// ---
/// id: logistic-regression
/// title: Logistic regression as a neural network
/// course: 1
/// week: 2
/// prerequisites: python-numpy, vectorization
/// format: 1
/// ---
/// ```
public struct LessonHeader: Sendable, Equatable {
  /// The format versions this build of LessonKit reads.
  public static let supportedFormats: ClosedRange<Int> = 1...1

  /// The stable id; progress and checks are keyed by it, never by file name or position.
  public var id: String
  /// The title shown in the catalogue.
  public var title: String
  /// The course number in a specialization (Ng's courses 1 to 5), if any.
  public var course: Int?
  /// The week within the course, if any.
  public var week: Int?
  /// A free part label for lessons outside a course/week scheme (for example `cs231n-2`).
  public var part: String?
  /// Ids of lessons to take first.
  public var prerequisites: [String]
  /// The format version the file is written in.
  public var format: Int
  /// The seed for the lesson's Python namespace, so outputs are reproducible.
  public var seed: UInt64

  /// Creates a header.
  public init(
    id: String, title: String, course: Int? = nil, week: Int? = nil, part: String? = nil,
    prerequisites: [String] = [], format: Int = 1, seed: UInt64 = 0
  ) {
    self.id = id
    self.title = title
    self.course = course
    self.week = week
    self.part = part
    self.prerequisites = prerequisites
    self.format = format
    self.seed = seed
  }

  /// Where the lesson sits: `course 1 · week 2`, `part cs231n-2`, or empty.
  public var placement: String {
    var pieces: [String] = []
    if let course { pieces.append("course \(course)") }
    if let week { pieces.append("week \(week)") }
    if let part { pieces.append("part \(part)") }
    return pieces.joined(separator: " · ")
  }
}
