using System.Text.Json;
using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.PubSub;
using Platform.Redis;
using Platform.Testing;
using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Events;
using Platform.Withdrawal.Configuration;
using Platform.Withdrawal.Storage;
using Platform.Withdrawal.Tests.Infrastructure;

namespace Platform.Withdrawal.Tests;

/// <summary>The state store against a real redis-server: idempotent creation, fenced transitions, the outbox, paging.</summary>
[Collection(RedisCollection.Name)]
public sealed class WithdrawalStoreTests(RedisFixture redis)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private readonly WithdrawalStore _store = new(redis.Client);
    private readonly WithdrawalEvents _events = new(new PubSubClient(redis.Client, new PubSubOptions { AppId = "withdrawal" }, TimeProvider.System));

    [Fact]
    public async Task The_same_key_and_request_create_one_withdrawal_and_one_event()
    {
        var first = SampleRecords.New(SampleRecords.NewUser(), Now);
        var again = first with { Id = WithdrawalId.New(Now.AddSeconds(1)) };
        var before = await StreamLengthAsync(Topics.WithdrawalCreated);

        var created = await CreateAsync(first);
        var repeated = await CreateAsync(again);

        Assert.True(created.Created);
        Assert.False(repeated.Created);
        Assert.Equal(first.Id, repeated.WithdrawalId);
        Assert.Null(await _store.GetAsync(again.UserId, again.Id, default));
        Assert.Equal(before + 1, await StreamLengthAsync(Topics.WithdrawalCreated));
    }

    [Fact]
    public async Task The_same_key_with_another_request_is_refused_and_writes_nothing()
    {
        var first = SampleRecords.New(SampleRecords.NewUser(), Now);
        await CreateAsync(first);
        var other = first with { Id = WithdrawalId.New(Now.AddSeconds(1)), AmountFen = 99 };
        var before = await StreamLengthAsync(Topics.WithdrawalCreated);

        await Assert.ThrowsAsync<IdempotencyMismatchException>(() => _store.CreateAsync(
            other, "another-fingerprint", TimeSpan.FromHours(1), Now, _events.Created(other), default));

        Assert.Null(await _store.GetAsync(other.UserId, other.Id, default));
        Assert.Equal(before, await StreamLengthAsync(Topics.WithdrawalCreated));
        Assert.Single((await _store.ListAsync(first.UserId, 10, null, default)).Withdrawals);
    }

    [Fact]
    public async Task A_transition_commits_the_state_and_its_event_together_and_an_ended_saga_leaves_the_index()
    {
        var record = SampleRecords.New(SampleRecords.NewUser(), Now);
        await CreateAsync(record);
        await using var lease = (await Leases().TryAcquireAsync(record.Ref, default))!.Lease;
        var before = await StreamLengthAsync(Topics.WithdrawalRejected);

        var rejected = record.MoveTo(SagaState.Rejected, Now.AddSeconds(1), "Declined by risk control");
        await _store.CommitAsync(lease, record, rejected, null, _events.ForTransition(record, rejected), releaseLease: false, default);

        var stored = await _store.GetAsync(record.UserId, record.Id, default);
        Assert.Equal(SagaState.Rejected, stored!.State);
        Assert.Equal("Declined by risk control", stored.Reason);
        Assert.Equal(before + 1, await StreamLengthAsync(Topics.WithdrawalRejected));
        var entry = (await redis.Client.XRangeAsync(Topics.WithdrawalRejected, "-", "+")).Last();
        var envelope = JsonDocument.Parse(entry.GetString("data")!).RootElement;
        Assert.Equal("1.0", envelope.GetProperty("specversion").GetString());
        Assert.Equal(Topics.WithdrawalRejected, envelope.GetProperty("topic").GetString());
        Assert.Equal("withdrawal", envelope.GetProperty("source").GetString());
        Assert.Equal(record.Id, envelope.GetProperty("data").GetProperty("withdrawalId").GetString());
        Assert.Equal("rejected", envelope.GetProperty("data").GetProperty("status").GetString());
        Assert.Equal("Declined by risk control", envelope.GetProperty("data").GetProperty("reason").GetString());
        Assert.Null(await redis.Client.ZScoreAsync(WithdrawalKeys.ActiveIndex, record.Ref.ToIndexMember()));
    }

    [Fact]
    public async Task A_driver_that_lost_its_lease_commits_nothing()
    {
        var record = SampleRecords.New(SampleRecords.NewUser(), Now);
        await CreateAsync(record);
        await using var lease = (await Leases(TimeSpan.FromMilliseconds(300)).TryAcquireAsync(record.Ref, default))!.Lease;
        await redis.Client.DeleteAsync(lease.Key);
        await using var thief = (await Leases().TryAcquireAsync(record.Ref, default))!.Lease;
        var before = await StreamLengthAsync(Topics.WithdrawalFailed);

        var failed = record.MoveTo(SagaState.Failed, Now, "should not be written");
        await Assert.ThrowsAsync<SagaConflictException>(() =>
            _store.CommitAsync(lease, record, failed, null, _events.ForTransition(record, failed), releaseLease: false, default));

        Assert.Equal(SagaState.Assessing, (await _store.GetAsync(record.UserId, record.Id, default))!.State);
        Assert.Equal(before, await StreamLengthAsync(Topics.WithdrawalFailed));
        // Renewing only asks Redis once a third of the lease has passed; then it finds the lease gone.
        await Poll.UntilAsync(async () => !await lease.RenewAsync(default), TimeSpan.FromSeconds(10), "the lost lease to be noticed");
        Assert.True(await thief.RenewAsync(default));
    }

    [Fact]
    public async Task A_transition_from_a_state_the_saga_already_left_is_refused()
    {
        var record = SampleRecords.New(SampleRecords.NewUser(), Now);
        await CreateAsync(record);
        await using var lease = (await Leases().TryAcquireAsync(record.Ref, default))!.Lease;
        var verifying = record.MoveTo(SagaState.Verifying, Now);
        await _store.CommitAsync(lease, record, verifying, Now.AddMinutes(15), null, releaseLease: false, default);

        await Assert.ThrowsAsync<SagaConflictException>(() =>
            _store.CommitAsync(lease, record, record.MoveTo(SagaState.Rejected, Now), null, null, releaseLease: false, default));
        Assert.Equal(SagaState.Verifying, (await _store.GetAsync(record.UserId, record.Id, default))!.State);
    }

    [Fact]
    public async Task A_lease_is_exclusive_until_released()
    {
        var saga = new SagaRef(WithdrawalId.New(Now), SampleRecords.NewUser());
        var first = await Leases().TryAcquireAsync(saga, default);
        Assert.NotNull(first);
        Assert.Null(first.Record);
        Assert.Null(await Leases().TryAcquireAsync(saga, default));

        await first.Lease.DisposeAsync();
        var second = await Leases().TryAcquireAsync(saga, default);
        Assert.NotNull(second);
        await second.Lease.DisposeAsync();
    }

    [Fact]
    public async Task A_commit_that_releases_the_lease_lets_the_next_driver_in_at_once()
    {
        var record = SampleRecords.New(SampleRecords.NewUser(), Now);
        await CreateAsync(record);
        var lease = (await Leases().TryAcquireAsync(record.Ref, default))!.Lease;
        var verifying = record.MoveTo(SagaState.Verifying, Now.AddSeconds(1));

        await _store.CommitAsync(lease, record, verifying, Now.AddMinutes(15), null, releaseLease: true, default);

        Assert.True(lease.IsReleased);
        Assert.Equal(0, await redis.Client.ExistsAsync(lease.Key));
        var next = await Leases().TryAcquireAsync(record.Ref, default);
        Assert.NotNull(next);
        await using var nextLease = next.Lease;
        Assert.Equal(SagaState.Verifying, next.Record!.State);
        await lease.DisposeAsync();
        Assert.Equal(1, await redis.Client.ExistsAsync(nextLease.Key));
    }

    [Fact]
    public async Task Taking_a_lease_reads_the_record_as_it_stands()
    {
        var record = SampleRecords.New(SampleRecords.NewUser(), Now);
        await CreateAsync(record);

        var leased = await Leases().TryAcquireAsync(record.Ref, default);

        Assert.NotNull(leased);
        await using var lease = leased.Lease;
        Assert.Equal(record with { RequiredFactors = leased.Record!.RequiredFactors }, leased.Record);
    }

    [Fact]
    public async Task A_record_survives_the_round_trip_through_its_hash()
    {
        var record = SampleRecords.New(SampleRecords.NewUser(), Now) with
        {
            RequiredFactors = [Contracts.Identity.V1.Factor.Face, Contracts.Identity.V1.Factor.SmsCode],
            Strength = Contracts.Identity.V1.VerificationStrength.FaceAndSms,
            PayoutRequestedAt = Now.AddSeconds(3),
            ExpectedArrivalAt = Now.AddSeconds(4),
            NotBefore = Now.AddSeconds(5),
            Attempts = 2,
        };
        await CreateAsync(record);

        var stored = await _store.GetAsync(record.UserId, record.Id, default);
        Assert.Equal(record with { RequiredFactors = stored!.RequiredFactors }, stored);
        Assert.Equal(record.RequiredFactors, stored.RequiredFactors);
    }

    [Fact]
    public async Task The_records_list_pages_newest_first_without_gaps_or_repeats()
    {
        var user = SampleRecords.NewUser();
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var record = SampleRecords.New(user, Now.AddSeconds(i));
            await CreateAsync(record);
            ids.Add(record.Id);
        }

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await _store.ListAsync(user, 3, after, default);
            seen.AddRange(page.Withdrawals.Select(w => w.Id));
            after = page.NextAfterId;
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(ids), seen);
        Assert.Empty((await _store.ListAsync(SampleRecords.NewUser(), 3, null, default)).Withdrawals);
    }

    private SagaLeases Leases(TimeSpan? duration = null) =>
        new(redis.Client, Options.Create(new WithdrawalOptions { LeaseDuration = duration ?? TimeSpan.FromSeconds(30) }));

    private Task<CreateResult> CreateAsync(WithdrawalRecord record) =>
        _store.CreateAsync(record, "fingerprint", TimeSpan.FromHours(1), Now, _events.Created(record), default);

    private async Task<long> StreamLengthAsync(string topic) => await redis.Client.XLenAsync(topic);
}
