# A batch job validator: each job's checks collect errors into ExceptionGroups,
# the batch groups the job groups, and except* sorts out what to do.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class MissingField(ValidationError):
    pass


class BadValue(ValidationError):
    pass


class QuotaExceeded(Exception):
    pass


class JobErrors(ExceptionGroup):
    def __new__(cls, job_id, errors):
        self = super().__new__(cls, f"job {job_id}", errors)
        self.job_id = job_id
        return self

    def __init__(self, job_id, errors):
        super().__init__(f"job {job_id}", errors)

    def derive(self, errors):
        return JobErrors(self.job_id, errors)


REQUIRED = ("id", "owner", "cpus", "command")
QUOTAS = {"ann": 8, "bob": 4}


def check_job(job, usage):
    errors = []
    for field in REQUIRED:
        if field not in job:
            errors.append(MissingField(field, "is required"))
    cpus = job.get("cpus")
    if cpus is not None:
        if not isinstance(cpus, int) or isinstance(cpus, bool):
            errors.append(BadValue("cpus", f"must be an int, not {type(cpus).__name__}"))
        elif cpus <= 0:
            errors.append(BadValue("cpus", f"must be positive, got {cpus}"))
        else:
            owner = job.get("owner")
            used = usage.get(owner, 0) + cpus
            if owner in QUOTAS and used > QUOTAS[owner]:
                errors.append(QuotaExceeded(f"{owner} would use {used} of {QUOTAS[owner]} cpus"))
            else:
                usage[owner] = used
    cmd = job.get("command")
    if cmd is not None and not cmd.strip():
        errors.append(BadValue("command", "is blank"))
    if errors:
        raise JobErrors(job.get("id", "?"), errors)


def validate_batch(jobs):
    usage = {}
    failures = []
    accepted = []
    for job in jobs:
        try:
            check_job(job, usage)
            accepted.append(job["id"])
        except JobErrors as eg:
            failures.append(eg)
    if failures:
        raise ExceptionGroup(f"{len(failures)} of {len(jobs)} jobs invalid", failures)
    return accepted


def summarize(group):
    for job_group in group.exceptions:
        reasons = "; ".join(str(e) for e in job_group.exceptions)
        print(f"    {job_group.job_id}: {reasons}")


def process(label, jobs):
    print(f"== {label}")
    try:
        accepted = validate_batch(jobs)
        print("  all accepted:", accepted)
    except* MissingField as eg:
        print("  missing fields (reject):")
        summarize(eg)
    except* BadValue as eg:
        print("  bad values (send back for fixing):")
        summarize(eg)
        fields = sorted({e.field for g in eg.exceptions for e in g.exceptions})
        print("    fields involved:", fields)
    except* QuotaExceeded as eg:
        print("  quota problems (escalate):")
        summarize(eg)
        raise


batches = {
    "clean": [
        {"id": "j1", "owner": "ann", "cpus": 2, "command": "build"},
        {"id": "j2", "owner": "bob", "cpus": 4, "command": "test"},
    ],
    "mixed": [
        {"id": "j3", "owner": "ann", "cpus": 2, "command": "build"},
        {"id": "j4", "owner": "bob", "command": "   "},
        {"id": "j5", "owner": "ann", "cpus": "two", "command": "lint"},
        {"id": "j6", "cpus": -1, "command": "x"},
    ],
    "over quota": [
        {"id": "j7", "owner": "bob", "cpus": 3, "command": "a"},
        {"id": "j8", "owner": "bob", "cpus": 3, "command": "b"},
        {"owner": "ann", "cpus": 1, "command": ""},
    ],
}

for label, jobs in batches.items():
    try:
        process(label, jobs)
    except ExceptionGroup as leftover:
        print("  escalated:", leftover.message)
        for job_group in leftover.exceptions:
            print("   ", type(job_group).__name__, job_group.job_id,
                  [type(e).__name__ for e in job_group.exceptions])

# The split keeps job identity: every part is still a JobErrors.
try:
    validate_batch(batches["mixed"])
except ExceptionGroup as eg:
    bad, rest = eg.split(BadValue)
    print("bad-value parts:", [(type(g).__name__, g.job_id, len(g.exceptions)) for g in bad.exceptions])
    print("remaining parts:", [(type(g).__name__, g.job_id, len(g.exceptions)) for g in rest.exceptions])
    only_cpus = eg.subgroup(lambda e: isinstance(e, ValidationError) and e.field == "cpus")
    print("cpu problems:", [str(e) for g in only_cpus.exceptions for e in g.exceptions])
