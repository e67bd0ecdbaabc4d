using System.Net;
using ThiDua.Web.Security;

namespace ThiDua.Tests.Security;

/// <summary>Trying many names from one address is limited too: each attempt costs a full password hash.</summary>
public sealed class SignInSprayTests(SignInSprayTests.FourPerAddress web) : IClassFixture<SignInSprayTests.FourPerAddress>
{
    public sealed class FourPerAddress : SecuredWebApp
    {
        protected override SecurityLimits Limits => new() { SignInAttemptsPerMinute = 10, SignInAttemptsPerAddressPerMinute = 4 };
    }

    [Fact]
    public async Task The_fifth_attempt_from_one_address_in_a_minute_is_a_429_whatever_the_name()
    {
        using var session = web.NewSession();
        var statuses = new List<HttpStatusCode>();

        foreach (var name in new[] { "an", "binh", "chi", "dung", "em" })
            statuses.Add((await session.SignInAsync(name, "doan-bua-mat-khau")).StatusCode);

        statuses.Take(4).Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.Unauthorized));
        statuses[4].Should().Be(HttpStatusCode.TooManyRequests);
    }
}
