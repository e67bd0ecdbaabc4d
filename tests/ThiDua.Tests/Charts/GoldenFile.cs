using System.Text;

namespace ThiDua.Tests.Charts;

/// <summary>
/// Compares output with a file under tests/ThiDua.Tests/Charts/Golden, found from the source tree
/// (walking up to ThiDua.sln) because the test project does not copy them to the output.
/// Run with THIDUA_UPDATE_GOLDEN=1 to rewrite the files after an intended change, then review the diff.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "THIDUA_UPDATE_GOLDEN";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static string Directory { get; } = Locate();

    public static void AssertMatches(string fileName, string actual)
    {
        var path = Path.Combine(Directory, fileName);
        var actualBytes = Utf8NoBom.GetBytes(actual);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(path, actualBytes);
            return;
        }
        File.Exists(path).Should().BeTrue($"golden file {path} should exist; create it with {UpdateVariable}=1");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actualBytes)) return;
        // Report the first differing line, not two whole documents.
        var expectedLines = Utf8NoBom.GetString(expected).Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var want = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var got = i < actualLines.Length ? actualLines[i] : "<end of file>";
            got.Should().Be(want, $"line {i + 1} of {path} (set {UpdateVariable}=1 to accept an intended change)");
        }
        actualBytes.Should().Equal(expected); // same text, different bytes (e.g. a BOM)
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThiDua.sln")))
                return Path.Combine(dir.FullName, "tests", "ThiDua.Tests", "Charts", "Golden");
        }
        throw new InvalidOperationException("ThiDua.sln not found above " + AppContext.BaseDirectory);
    }
}
