namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// A baseline and a subject measured in short alternating slices (both servers already running, the same warm-up for
/// both), so a change in the machine's load during the run falls on both sides alike. Pairs alternate their order
/// (baseline first, then subject first) so a steady drift favours neither side. The same request headers go to both.
/// </summary>
public static class InterleavedLoad
{
    public sealed record Result(LoadGenerator.Result Baseline, LoadGenerator.Result Subject, double[] SliceRatios, int Slices, TimeSpan Slice)
    {
        /// <summary>Subject's requests/s over the baseline's, each side's total requests over its total time.</summary>
        public double Ratio => Subject.PerSecond / Baseline.PerSecond;
    }

    public static async Task<Result> RunAsync(Uri baseline, Uri subject, int connections, TimeSpan perSide, int slices,
        IReadOnlyDictionary<string, string>? headers = null, int warmUpSlices = 2, TimeSpan? warmUpSlice = null)
    {
        var slice = perSide / slices;
        using var b = new LoadClient(baseline, connections, headers);
        using var s = new LoadClient(subject, connections, headers);
        for (var i = 0; i < warmUpSlices; i++) // opens every connection and lets the JIT settle, on both sides alike
        {
            await b.RunAsync(warmUpSlice ?? TimeSpan.FromSeconds(1));
            await s.RunAsync(warmUpSlice ?? TimeSpan.FromSeconds(1));
        }
        var baseSlices = new List<LoadClient.Slice>();
        var subjectSlices = new List<LoadClient.Slice>();
        for (var i = 0; i < slices; i++)
        {
            if (i % 2 == 0)
            {
                baseSlices.Add(await b.RunAsync(slice));
                subjectSlices.Add(await s.RunAsync(slice));
            }
            else
            {
                subjectSlices.Add(await s.RunAsync(slice));
                baseSlices.Add(await b.RunAsync(slice));
            }
        }
        var ratios = Enumerable.Range(0, slices).Select(i => subjectSlices[i].PerSecond / baseSlices[i].PerSecond).ToArray();
        return new Result(LoadGenerator.Summarise(baseSlices), LoadGenerator.Summarise(subjectSlices), ratios, slices, slice);
    }
}
