using System.Collections.Concurrent;
using System.Net;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// Keeps a service busy until stopped: page and API requests on one loop, small correcting imports on another.
/// Every attempt is recorded (when it started, whether it succeeded) so a test can tell when the service came back.
/// </summary>
public sealed class ServiceTraffic : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Attempt> _requests = new();
    private readonly ConcurrentQueue<Attempt> _imports = new();
    private readonly Task _requestLoop;
    private readonly Task _importLoop;

    public ServiceTraffic(HttpClient client, ThiDuaRuntime runtime, string campaign)
    {
        _requestLoop = Task.Run(() => RequestLoopAsync(client, campaign));
        _importLoop = Task.Run(() => ImportLoopAsync(runtime, campaign));
    }

    public sealed record Attempt(DateTimeOffset Started, bool Succeeded, string What);

    public IReadOnlyCollection<Attempt> Requests => _requests;

    public IReadOnlyCollection<Attempt> Imports => _imports;

    public int AcceptedImports => _imports.Count(a => a.Succeeded);

    public DateTimeOffset? FirstRequestSuccessAfter(DateTimeOffset t) => _requests.Where(a => a.Succeeded && a.Started > t).Min(a => (DateTimeOffset?)a.Started);

    public DateTimeOffset? FirstImportSuccessAfter(DateTimeOffset t) => _imports.Where(a => a.Succeeded && a.Started > t).Min(a => (DateTimeOffset?)a.Started);

    public bool RequestSucceededAfter(DateTimeOffset t) => _requests.Any(a => a.Succeeded && a.Started > t);

    public bool ImportSucceededAfter(DateTimeOffset t) => _imports.Any(a => a.Succeeded && a.Started > t);

    private async Task RequestLoopAsync(HttpClient client, string campaign)
    {
        string[] paths = [$"/campaigns/{campaign}", $"/api/campaigns/{campaign}/ranking"];
        for (var i = 0; !_stop.IsCancellationRequested; i++)
        {
            var started = DateTimeOffset.UtcNow;
            try
            {
                using var response = await client.GetAsync(paths[i % 2], _stop.Token);
                // The clients carry a token: anything but 200 means not (yet) recovered.
                var up = response.StatusCode is HttpStatusCode.OK;
                _requests.Enqueue(new Attempt(started, up, $"{paths[i % 2]} → {(int)response.StatusCode}"));
            }
            catch (HttpRequestException e)
            {
                _requests.Enqueue(new Attempt(started, false, e.Message));
            }
            catch (TaskCanceledException) when (!_stop.IsCancellationRequested)
            {
                _requests.Enqueue(new Attempt(started, false, "timeout"));
            }
            catch (OperationCanceledException)
            {
                break;
            }
            await Pause(100);
        }
    }

    private async Task ImportLoopAsync(ThiDuaRuntime runtime, string campaign)
    {
        for (var value = 1; !_stop.IsCancellationRequested; value++)
        {
            var started = DateTimeOffset.UtcNow;
            try
            {
                var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, SeedCorrections.Csv(campaign, value), fileName: $"restart-{value}.csv",
                    acceptWarnings: true);
                _imports.Enqueue(new Attempt(started, outcome.Accepted, outcome.Accepted ? $"{outcome.Events} events" : string.Join("; ", outcome.Errors)));
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // The database is away: the import fails as a whole, the next one tries again.
                _imports.Enqueue(new Attempt(started, false, e.GetType().Name + ": " + e.Message));
            }
            await Pause(200);
        }
    }

    private async Task Pause(int milliseconds)
    {
        try { await Task.Delay(milliseconds, _stop.Token); }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_requestLoop, _importLoop);
        _stop.Dispose();
    }
}
