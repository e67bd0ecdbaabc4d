namespace ThiDua.Browser.Tests;

/// <summary>
/// The ranking's "So với tháng trước" column says a move in words to a screen reader ("lên 2 hạng"), not only as a
/// coloured ▲/▼ that is read as a symbol's name or not at all.
/// </summary>
[Collection(BrowserCollection.Name)]
public class RankMovementBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task RankMovementIsSaidInWords()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/campaigns/BK2022?period=2022-06");

        var moves = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#xep-hang ~ .grid .move')].map(m => m.textContent)");
        moves.Should().NotBeEmpty();
        foreach (var move in moves)
        {
            if (move.StartsWith('▲')) move.Should().MatchRegex(@"\(lên \d+ hạng\)");
            else if (move.StartsWith('▼')) move.Should().MatchRegex(@"\(xuống \d+ hạng\)");
            else if (move.StartsWith('=')) move.Should().Contain("(giữ nguyên hạng)");
            else move.Should().Be("mới");
        }
        moves.Should().Contain(m => m.StartsWith('▲') || m.StartsWith('▼'), "June's ranking has moves to say");
    }
}
