"""What demo data draws from: surnames, team, channels, descriptions and their weights.

Realistic for a sales office in southern China; used only by the demo package.
"""

from __future__ import annotations

from datetime import time

from ..domain.party import Honorific, InvalidReason

#: Surnames with their rough share of the population (per cent).
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 7.25), ("李", 7.19), ("张", 6.83), ("刘", 5.38), ("陈", 4.53), ("杨", 3.08),
    ("黄", 2.23), ("赵", 2.19), ("吴", 2.05), ("周", 1.91), ("徐", 1.45), ("孙", 1.38),
    ("马", 1.29), ("朱", 1.26), ("胡", 1.16), ("郭", 1.15), ("何", 1.06), ("高", 1.00),
    ("林", 0.97), ("罗", 0.86), ("郑", 0.83), ("梁", 0.82), ("谢", 0.70), ("宋", 0.66),
    ("唐", 0.63), ("许", 0.61), ("韩", 0.59), ("冯", 0.58), ("邓", 0.55), ("曹", 0.53),
    ("彭", 0.53), ("曾", 0.49), ("肖", 0.48), ("田", 0.46), ("董", 0.45), ("袁", 0.44),
    ("潘", 0.42), ("于", 0.41), ("蒋", 0.40), ("蔡", 0.38), ("余", 0.37), ("杜", 0.36),
    ("叶", 0.36), ("程", 0.35), ("苏", 0.34), ("魏", 0.33), ("吕", 0.32), ("丁", 0.31),
    ("任", 0.30), ("沈", 0.29), ("欧阳", 0.05), ("司马", 0.02),
)

#: The demo team: a weekend needs every one of them (60-120 parties a day).
CONSULTANTS: tuple[str, ...] = ("陈静", "刘洋", "张伟", "王芳", "李强", "赵敏", "孙磊", "周婷",
                                "吴凯", "郑丽", "黄峰", "林晓")

#: Weights for the default channels; a channel the site added gets DEFAULT_CHANNEL_WEIGHT.
CHANNEL_WEIGHTS: dict[str, float] = {
    "户外广告": 15, "网络": 25, "朋友介绍/老带新": 15, "渠道/中介": 20,
    "路过": 10, "来电": 10, "其他": 5,
}
DEFAULT_CHANNEL_WEIGHT = 5.0

SIZE_WEIGHTS: dict[int, float] = {1: 15, 2: 36, 3: 30, 4: 12, 5: 7}

#: (fewest, most people, honorific or None, description) — what the gate radios.
PEOPLE_NOTES: tuple[tuple[int, int, Honorific | None, str], ...] = (
    (1, 5, None, "穿灰色外套"), (1, 5, None, "戴眼镜，背黑色双肩包"),
    (1, 5, Honorific.MS, "穿红色连衣裙"), (1, 5, Honorific.MR, "穿西装，拿公文包"),
    (1, 5, None, "戴白色棒球帽"), (2, 5, None, "穿灰色外套，带小孩"), (2, 2, None, "两位老人"),
    (2, 2, None, "年轻情侣"), (2, 2, Honorific.MR, "夫妻二人，女士穿米色风衣"),
    (2, 2, Honorific.MS, "母女二人"), (3, 3, None, "一家三口，推婴儿车"),
    (3, 4, None, "带两位老人"), (3, 3, None, "三位年轻人，拿着宣传单页"),
    (4, 4, None, "一家四口，有两个小孩"), (4, 4, None, "两对夫妻一起来"),
    (5, 5, None, "一大家人，有老人和小孩"),
)
CARS: tuple[str, ...] = ("白色SUV", "黑色轿车", "银色商务车", "红色两厢车", "蓝色新能源车",
                         "灰色SUV", "白色轿车")
#: Plate prefixes (province, city letter) around a Shenzhen site, with weights.
PLATE_PREFIXES: tuple[tuple[str, float], ...] = (
    ("粤B", 60), ("粤A", 8), ("粤S", 8), ("粤L", 5), ("湘A", 4), ("赣B", 3), ("桂A", 3),
    ("京N", 2), ("川A", 2),
)
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
APPOINTMENT_NOTES: dict[str, tuple[str, ...]] = {
    "渠道/中介": ("链家报备，经纪人李经理陪同", "中原地产报备", "贝壳报备，带看"),
    "来电": ("来电预约，想看三房", "电话约访，关注学区"),
    "朋友介绍/老带新": ("老业主介绍", "朋友推荐来看"),
}
INVALID_NOTES: dict[InvalidReason, tuple[str, ...]] = {
    InvalidReason.COMPETITOR: ("自称看房，反复打听价格和优惠", "隔壁楼盘销售，拍沙盘照片"),
    InvalidReason.ASKING_WAY: ("问地铁站怎么走", "问附近医院的路"),
    InvalidReason.LOOKING_FOR_SOMEONE: ("找工地的朋友", "找物业办公室"),
    InvalidReason.DELIVERY: ("送快递", "送外卖"),
    InvalidReason.OTHER: ("推销广告位",),
}
INVALID_WEIGHTS: dict[InvalidReason, float] = {
    InvalidReason.COMPETITOR: 40, InvalidReason.ASKING_WAY: 25,
    InvalidReason.LOOKING_FOR_SOMEONE: 15, InvalidReason.DELIVERY: 15, InvalidReason.OTHER: 5,
}
#: Arrivals per opening hour (9:00-17:59), busy late morning and afternoon.
HOUR_WEIGHTS: dict[int, float] = {9: 1, 10: 3, 11: 3, 12: 1, 13: 1.5, 14: 3, 15: 3, 16: 3,
                                  17: 2}
OPEN = time(9, 0)
CLOSE = time(18, 0)
