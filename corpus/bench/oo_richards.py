# The Richards benchmark: Martin Richards' simulation of an operating-system
# task scheduler (idle task, worker, two packet handlers, two devices passing
# packets around). Written here with classes, a Task hierarchy and per-task
# records, without imports. One simulation with count 10000 must end with
# queue_count == 23246 and hold_count == 9297.

BUFSIZE = 4

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class TaskRec:
    pass


class DeviceTaskRec(TaskRec):
    def __init__(self):
        self.pending = None


class IdleTaskRec(TaskRec):
    def __init__(self, count):
        self.control = 1
        self.count = count


class HandlerTaskRec(TaskRec):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, p):
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, p):
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkerTaskRec(TaskRec):
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def set_packet_pending(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def set_running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

    def is_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)


class TaskError(Exception):
    pass


class Scheduler:
    """Shared state of one simulation: the task table and the counters."""

    def __init__(self):
        self.table = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.queue_count = 0
        self.trace_log = []
        self.tracing = False

    def find(self, ident):
        t = self.table[ident]
        if t is None:
            raise TaskError("bad task id " + str(ident))
        return t

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_holding_or_waiting():
                t = t.link
            else:
                if self.tracing:
                    self.trace_log.append(t.ident)
                t = t.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue, state, record):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        self.record = record
        sched.task_list = self
        sched.table[ident] = self

    def fn(self, pkt, record):
        raise NotImplementedError

    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            pkt.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.set_running()
            else:
                self.set_packet_pending()
        else:
            msg = None
        return self.fn(msg, self.record)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = self.sched.find(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = self.sched.find(pkt.ident)
        self.sched.queue_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class DeviceTask(Task):
    def fn(self, pkt, record):
        if pkt is None:
            pkt = record.pending
            if pkt is None:
                return self.wait_task()
            record.pending = None
            return self.qpkt(pkt)
        record.pending = pkt
        if self.sched.tracing:
            self.sched.trace_log.append(pkt.datum)
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt, record):
        if pkt is not None:
            if pkt.kind == K_WORK:
                record.work_in_add(pkt)
            else:
                record.device_in_add(pkt)
        work = record.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            record.work_in = work.link
            return self.qpkt(work)
        dev = record.device_in
        if dev is None:
            return self.wait_task()
        record.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def fn(self, pkt, record):
        record.count -= 1
        if record.count == 0:
            return self.hold()
        if record.control & 1 == 0:
            record.control //= 2
            return self.release(I_DEVA)
        record.control = (record.control // 2) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def fn(self, pkt, record):
        if pkt is None:
            return self.wait_task()
        if record.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        record.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            pkt.data[i] = 64 + record.count
        return self.qpkt(pkt)


def simulate(count, tracing=False):
    s = Scheduler()
    s.tracing = tracing
    IdleTask(s, I_IDLE, 1, None, TaskState().set_running(), IdleTaskRec(count))

    q = Packet(None, 0, K_WORK)
    q = Packet(q, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, q, TaskState().set_waiting_with_packet(), WorkerTaskRec())

    q = Packet(None, I_DEVA, K_DEV)
    q = Packet(q, I_DEVA, K_DEV)
    q = Packet(q, I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, q, TaskState().set_waiting_with_packet(), HandlerTaskRec())

    q = Packet(None, I_DEVB, K_DEV)
    q = Packet(q, I_DEVB, K_DEV)
    q = Packet(q, I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, q, TaskState().set_waiting_with_packet(), HandlerTaskRec())

    DeviceTask(s, I_DEVA, 4000, None, TaskState().set_waiting(), DeviceTaskRec())
    DeviceTask(s, I_DEVB, 5000, None, TaskState().set_waiting(), DeviceTaskRec())

    s.schedule()
    return s


def main(iterations):
    ok = 0
    total_q = 0
    total_h = 0
    for _ in range(iterations):
        s = simulate(10000)
        if s.queue_count == 23246 and s.hold_count == 9297:
            ok += 1
        total_q += s.queue_count
        total_h += s.hold_count
    t = simulate(500, tracing=True)
    trace_sum = 0
    for i in range(len(t.trace_log)):
        trace_sum = (trace_sum * 31 + t.trace_log[i]) % 1000000007
    try:
        t.find(9)
        err = "none"
    except TaskError as e:
        err = str(e)
    print("oo_richards:", ok, "of", iterations, "ok; queue", total_q, "hold", total_h,
          "; trace", len(t.trace_log), trace_sum, ";", err)


main(18)
